package io.switchboard.notification.persistence;

import io.switchboard.notification.domain.OperatorContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Operators' names and addresses (V7__operator_contact.sql), kept from ServiceChanged. */
@ApplicationScoped
public class OperatorContactRepository {

    private final EntityManager entityManager;

    OperatorContactRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Takes the operator's details unless what is kept came from a newer event. */
    public void keep(OperatorContact contact, Instant changedAt) {
        entityManager.createNativeQuery("""
                        insert into operator_contact (username, display_name, email, changed_at)
                        values (:username, :name, :email, :at)
                        on conflict (username) do update set display_name = excluded.display_name,
                            email = excluded.email, changed_at = excluded.changed_at
                        where operator_contact.changed_at <= excluded.changed_at""")
                .setParameter("username", contact.username()).setParameter("name", contact.displayName())
                .setParameter("email", contact.email()).setParameter("at", changedAt).executeUpdate();
    }

    public Optional<OperatorContact> find(String username) {
        List<?> rows = entityManager.createNativeQuery(
                        "select username, display_name, email from operator_contact where username = :username")
                .setParameter("username", username).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new OperatorContact((String) columns[0], (String) columns[1], (String) columns[2]);
        });
    }
}
