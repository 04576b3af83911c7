package io.switchboard.ticket.view.api;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.ticket.view.persistence.CountRepository;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Services, people and tickets of one test, written straight into the database under fresh codes, so that tests
 * do not see each other's tickets. The viewer ({@link #VIEWER}) is an OPERATOR of {@code a} (in group
 * {@code mine}) and an ADMIN of {@code b}; {@code c} is a service they are no member of. A new world takes the
 * viewer out of the services of earlier ones.
 */
final class ViewWorld {

    static final String VIEWER = "viewer";
    static final String OTHER = "other-operator";

    final String a;
    final String b;
    final String c;
    final UUID mine = UUID.randomUUID();
    final UUID notMine = UUID.randomUUID();
    private int number;

    ViewWorld(String timeZone) {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        a = "VA" + suffix;
        b = "VB" + suffix;
        c = "VC" + suffix;
        // the viewer of an earlier test leaves its services: each test sees its own world only
        run("delete from membership where username in ('" + VIEWER + "', '" + OTHER + "')");
        run("delete from group_member where username in ('" + VIEWER + "', '" + OTHER + "')");
        run("insert into operator (username, display_name) values ('" + VIEWER + "', 'Vera Viewer'), ('" + OTHER
                + "', 'Otto Other') on conflict do nothing");
        for (String code : new String[] {a, b, c}) {
            run("insert into workspace (code, name, type, time_zone) values ('" + code + "', 'Views " + code
                    + "', 'INQUIRY', '" + timeZone + "')");
            run("insert into membership (id, workspace_code, username, role) values ('" + UUID.randomUUID() + "', '"
                    + code + "', '" + OTHER + "', 'OPERATOR')");
        }
        run("insert into membership (id, workspace_code, username, role) values ('" + UUID.randomUUID() + "', '" + a
                + "', '" + VIEWER + "', 'OPERATOR'), ('" + UUID.randomUUID() + "', '" + b + "', '" + VIEWER
                + "', 'ADMIN')");
        run("insert into operator_group (id, workspace_code, name) values ('" + mine + "', '" + a + "', 'Mine'), ('"
                + notMine + "', '" + a + "', 'Not mine')");
        run("insert into group_member (id, group_id, username) values ('" + UUID.randomUUID() + "', '" + mine + "', '"
                + VIEWER + "'), ('" + UUID.randomUUID() + "', '" + notMine + "', '" + OTHER + "')");
    }

    /** A ticket builder; {@link Ticket#insert} writes it. */
    Ticket ticket(String service, String status) {
        return new Ticket(service, status);
    }

    final class Ticket {
        final UUID id = UUID.randomUUID();
        final String service;
        final String status;
        String assignee;
        UUID group;
        UUID parent;
        String reason;
        String priority = "NORMAL";
        String channel = "MANUAL";
        String title = "A question";
        String customerName = "Kim Minsu";
        String email = "customer@example.com";
        String language = "ko";
        UUID customer;
        UUID inquiryType;
        UUID processingType;
        String fields = "{}";
        Instant created = Instant.parse("2025-06-01T00:00:00Z");
        Instant updated;
        boolean deleted;
        long numberValue;

        private Ticket(String service, String status) {
            this.service = service;
            this.status = status;
        }

        Ticket to(String assignee, UUID group) {
            this.assignee = assignee;
            this.group = group;
            return this;
        }

        UUID insert() {
            numberValue = ++number;
            run("""
                    insert into ticket (id, workspace_code, number, title, content, channel, status, customer_email,
                        customer_name, created_by, created_at, updated_at, assignee, group_id, parent_id, deleted_at,
                        internal_resolution, priority, language, customer_id, inquiry_type_id, processing_type_id,
                        field_values)
                    values (%s, %s, %d, %s, 'The content', %s, %s, %s, %s, 'customer:x', %s, %s, %s, %s, %s, %s, %s,
                        %s, %s, %s, %s, %s, cast(%s as jsonb))""".formatted(q(id), q(service), numberValue, q(title),
                    q(channel), q(status), q(email), q(customerName), q(created), q(updated == null ? created : updated),
                    q(assignee), q(group), q(parent), q(deleted ? created : null), q(reason), q(priority), q(language),
                    q(customer), q(inquiryType), q(processingType), q(fields)));
            return id;
        }
    }

    /** Writes UNASSIGNED tickets with COPY, as the 1 M seeder does. */
    static void copyTickets(String service, int count) throws SQLException, IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(UUID.randomUUID()).append(',').append(service).append(',').append(900_000 + i)
                    .append(",Copied,c,API,UNASSIGNED,copy@example.com,customer:copy,2025-06-02T00:00:00Z,")
                    .append("2025-06-02T00:00:00Z\n");
        }
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ticket (id, workspace_code, number, title,"
                    + " content, channel, status, customer_email, created_by, created_at, updated_at)"
                    + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
        }
    }

    static String q(Object value) {
        return value == null ? "null" : "'" + value.toString().replace("'", "''") + "'";
    }

    /** Folds the pending count deltas; waits while the scheduled fold holds the lock (then it folds them itself). */
    static void fold() {
        CountRepository counts = Arc.container().instance(CountRepository.class).get();
        while (!QuarkusTransaction.requiringNew().call(counts::fold)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static void run(String sql) {
        QuarkusTransaction.requiringNew().run(() ->
                Arc.container().instance(EntityManager.class).get().createNativeQuery(sql).executeUpdate());
    }
}
