package io.switchboard.ticket.view.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.view.persistence.MarkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/** The caller's ☆ and read marks on tickets they see (others are a 404, as everywhere). Each is idempotent. */
@ApplicationScoped
public class TicketMarks {

    private final AccessPolicy access;
    private final MarkRepository marks;
    private final Clock clock;

    TicketMarks(AccessPolicy access, MarkRepository marks, Clock clock) {
        this.access = access;
        this.marks = marks;
        this.clock = clock;
    }

    @Transactional
    public void star(Caller caller, UUID ticketId) {
        marks.star(caller.username(), access.visibleTicket(caller, ticketId).id(), clock.instant());
    }

    @Transactional
    public void unstar(Caller caller, UUID ticketId) {
        marks.unstar(caller.username(), access.visibleTicket(caller, ticketId).id());
    }

    /** The caller opened the ticket now: what others did before is no longer unread for them. */
    @Transactional
    public void read(Caller caller, UUID ticketId) {
        marks.read(caller.username(), access.visibleTicket(caller, ticketId).id(), clock.instant());
    }
}
