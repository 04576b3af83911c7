package io.switchboard.ticket;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Direct looks into the test database, for asserting what was (not) written and for setting up rows. */
public final class Db {

    private Db() {
    }

    /** The number a {@code select count(*) ...} query returns. */
    public static long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager().createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** The single text a query returns. */
    public static String text(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager().createNativeQuery(sql).getSingleResult());
    }

    public static long rows(String table) {
        return count("select count(*) from " + table);
    }

    /** Events of a ticket still waiting in the outbox. */
    public static long outboxRows(String ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = :id")
                .setParameter("id", ticketId).getSingleResult()).longValue());
    }

    /** An UNASSIGNED ticket created by bob, written directly (whatever the test's identity may do). */
    public static String insertTicket(String service) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String id = UUID.randomUUID().toString();
            entityManager().createNativeQuery("""
                    insert into ticket (id, workspace_code, number, title, content, channel, status, customer_email,
                                        created_by, created_at, updated_at)
                    values (cast(:id as uuid), :service, 300000 + floor(random() * 1000000)::bigint, 't', 'c',
                            'MANUAL', 'UNASSIGNED', 'x@example.com', 'bob', now(), now())""")
                    .setParameter("id", id).setParameter("service", service).executeUpdate();
            return id;
        });
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
