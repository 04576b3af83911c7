package io.switchboard.ticket.view.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.persistence.ReadOnly;
import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/** A {@link ReadOnly} use case loads read-only entities into a session that is not flushed; others are as usual. */
@QuarkusTest
class ReadOnlyTest {

    @Inject
    Reads reads;

    @Test
    void aReadOnlyUseCaseLoadsReadOnlyEntitiesAndNeverFlushes() {
        ViewWorld w = new ViewWorld("UTC");
        UUID id = w.ticket(w.a, "UNASSIGNED").insert();
        assertEquals(List.of(true, FlushMode.MANUAL), reads.readOnly(id));
        assertEquals(List.of(false, FlushMode.AUTO), reads.usual(id));
    }

    @ApplicationScoped
    static class Reads {

        @Inject
        Session session;

        @Transactional
        @ReadOnly
        List<Object> readOnly(UUID id) {
            return List.of(session.isReadOnly(session.find(Ticket.class, id)), session.getHibernateFlushMode());
        }

        @Transactional
        List<Object> usual(UUID id) {
            return List.of(session.isReadOnly(session.find(Ticket.class, id)), session.getHibernateFlushMode());
        }
    }
}
