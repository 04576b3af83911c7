package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Paging through the views of an operator of two services: every ticket they may see comes exactly once, in the
 * order PostgreSQL sorts them (created, then id, also across services and where many tickets share a creation
 * time), and none they may not see (other services, deleted ones, other people's sub-tickets).
 */
@QuarkusTest
class TicketListPagingTest {

    private static final String PAGER = "pager";

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = PAGER, roles = "agent")
    void pagingThroughManyTicketsOfTwoServicesReturnsEachVisibleTicketOnceInOrder() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 100_000));
        String a = "PA" + suffix;
        String b = "PB" + suffix;
        String other = "PC" + suffix;
        UUID mine = UUID.randomUUID();
        UUID notMine = UUID.randomUUID();
        List<UUID> visible = new ArrayList<>();
        List<UUID> assignedToMe = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            sql("insert into operator (username, display_name) values ('" + PAGER + "', 'Pat Pager'), ('someone', 'Some One')"
                    + " on conflict do nothing");
            for (String code : List.of(a, b, other)) {
                sql("insert into workspace (code, name, type) values ('" + code + "', 'Paging " + code + "', 'INQUIRY')");
            }
            sql("insert into operator_group (id, workspace_code, name) values ('" + mine + "', '" + a + "', 'Mine'), ('"
                    + notMine + "', '" + a + "', 'Not mine')");
            for (String code : List.of(a, b)) {
                sql("insert into membership (id, workspace_code, username, role) values ('" + UUID.randomUUID() + "', '"
                        + code + "', '" + PAGER + "', 'OPERATOR')");
            }
            sql("insert into group_member (id, group_id, username) values ('" + UUID.randomUUID() + "', '" + mine + "', '"
                    + PAGER + "')");
            // 14 creation times, 5 tickets each over the three services: ids ordered only by their uuid
            Instant base = Instant.parse("2020-03-01T00:00:00.123456Z");
            int number = 0;
            for (int t = 0; t < 14; t++) {
                Instant at = base.plusSeconds(t * 60L);
                for (int k = 0; k < 5; k++) {
                    String code = k == 4 ? other : k % 2 == 0 ? a : b;
                    // ids from both halves of the unsigned range, so a signed comparison would misorder them
                    UUID id = new UUID((k % 2 == 0 ? 0x8000_0000_0000_0000L : 0L) | ThreadLocalRandom.current().nextLong(1L << 62),
                            ThreadLocalRandom.current().nextLong());
                    boolean deleted = t == 3 && k == 0;
                    boolean toMe = t % 3 == 0 && code.equals(a) && !deleted;
                    ticket(id, code, ++number, at, toMe ? PAGER : null, toMe ? mine : null, null, deleted);
                    if (!code.equals(other) && !deleted) {
                        visible.add(id);
                    }
                    if (toMe) {
                        assignedToMe.add(id);
                    }
                }
            }
            // sub-tickets: of my group, of a ticket assigned to me, and two I may not see
            UUID parentOfMine = assignedToMe.get(0);
            UUID someoneElsesParent = visible.get(1);
            UUID inMyGroup = UUID.randomUUID();
            UUID ofMyTicket = UUID.randomUUID();
            ticket(inMyGroup, a, ++number, base.plusSeconds(30), "someone", mine, someoneElsesParent, false);
            ticket(ofMyTicket, a, ++number, base.plusSeconds(90), "someone", notMine, parentOfMine, false);
            ticket(UUID.randomUUID(), a, ++number, base.plusSeconds(150), "someone", notMine, someoneElsesParent, false);
            ticket(UUID.randomUUID(), b, ++number, base.plusSeconds(210), null, null, someoneElsesParent, false);
            visible.add(inMyGroup);
            visible.add(ofMyTicket);
        });

        assertEquals(inPostgresOrder(visible), pages("all", 7));
        assertEquals(inPostgresOrder(assignedToMe), pages("mine", 2));

        JsonPath first = given().queryParam("view", "mine").queryParam("limit", 1).when().get("/api/v1/tickets")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Mine", first.getString("items[0].group.name"));
        assertEquals("Pat Pager", first.getString("items[0].assignee.displayName"));
        assertNotNull(first.getList("items[0].allowedActions"));
    }

    /** Every page of the view, following the cursors, as ids. */
    private List<String> pages(String view, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("view", view).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/tickets").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            ids.addAll(items);
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    private List<String> inPostgresOrder(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> sorted = entityManager.createNativeQuery(
                            "select cast(id as text) from ticket where id in (:ids) order by created_at desc, id desc")
                    .setParameter("ids", ids).getResultList();
            return sorted.stream().map(Object::toString).toList();
        });
    }

    private void ticket(UUID id, String code, int number, Instant at, String assignee, UUID group, UUID parent,
                        boolean deleted) {
        sql("""
                insert into ticket (id, workspace_code, number, title, content, channel, status, customer_email, created_by,
                                    created_at, updated_at, assignee, group_id, parent_id, deleted_at)
                values (%s, %s, %d, 'Paging', 'c', 'MANUAL', %s, 'p@example.com', 'someone', %s, %s, %s, %s, %s, %s)"""
                .formatted(literal(id), literal(code), number, literal(assignee == null ? "UNASSIGNED" : "IN_PROGRESS"),
                        literal(at), literal(at), literal(assignee), literal(group), literal(parent),
                        literal(deleted ? at : null)));
    }

    private static String literal(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private void sql(String statement) {
        entityManager.createNativeQuery(statement).executeUpdate();
    }
}
