package io.switchboard.loadtests.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;

/**
 * Created → assigned for the tickets of one run (their titles carry the run's mark), from the tickets' own
 * timestamps in ticket-service's database: the ticket's created_at (taken in the create transaction) to its first
 * ASSIGNED event (written when the routing decision came back). Waits until every ticket of the run is assigned,
 * or reports how many were not.
 */
public final class AssignLatency {

    /**
     * A run's tickets: the newest of the bench's service whose titles carry its mark. Bounded by time so the
     * index on (service, created) finds them; a scan of a million titles every second would load the very
     * database whose CPU the run measures.
     */
    private static final String OF_RUN = " t.workspace_code = '" + System.getProperty("bench.service", "CS").replace("'", "")
            + "' and t.created_at > now() - interval '3 hours' and t.title like ?";

    private AssignLatency() {
    }

    public static void main(String[] args) throws Exception {
        String run = args[0];
        String pattern = "% " + run + " #%";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Long.getLong("bench.assign.wait-seconds", 120)));
        try (Connection db = BenchDatabase.connect("ticket")) {
            long created;
            long unassigned;
            do {
                created = count(db, "select count(*) from ticket t where " + OF_RUN, pattern);
                unassigned = count(db, "select count(*) from ticket t where " + OF_RUN + " and t.assignee is null", pattern);
                if (unassigned == 0 || Instant.now().isAfter(deadline)) {
                    break;
                }
                Thread.sleep(1000);
            } while (true);
            try (PreparedStatement query = db.prepareStatement(
                    "select count(*), percentile_cont(array[0.5, 0.95, 0.99]) within group (order by ms), max(ms)"
                            + " from (select extract(epoch from (min(e.created_at) - t.created_at)) * 1000 as ms"
                            + " from ticket t join ticket_event e on e.ticket_id = t.id and e.type = 'ASSIGNED'"
                            + " where" + OF_RUN + " group by t.id, t.created_at) latency")) {
                query.setString(1, pattern);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    Double[] percentiles = (Double[]) rs.getArray(2).getArray();
                    ObjectNode figures = Results.JSON.createObjectNode().put("run", run).put("created", created)
                            .put("assigned", rs.getLong(1)).put("notAssigned", unassigned)
                            .put("p50", percentiles[0]).put("p95", percentiles[1]).put("p99", percentiles[2])
                            .put("max", rs.getDouble(3));
                    Results.write("assigned", figures);
                    System.out.printf("Created → assigned (%d of %d tickets assigned): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                            rs.getLong(1), created, percentiles[0], percentiles[1], percentiles[2], rs.getDouble(3));
                }
            }
        }
    }

    /** How many tickets a run created. */
    static long created(String run) throws Exception {
        try (Connection db = BenchDatabase.connect("ticket")) {
            return count(db, "select count(*) from ticket t where " + OF_RUN, "% " + run + " #%");
        }
    }

    private static long count(Connection db, String sql, String pattern) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, pattern);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
