package io.switchboard.ticket.customer.api;

import static io.switchboard.ticket.Db.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.ticket.integration.application.IntegrationGrants;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.ticket.customer.application.Customers;
import io.switchboard.ticket.customer.domain.Contact;
import io.switchboard.ticket.ticket.domain.Channel;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerApiTest {

    @Inject
    EntityManager entityManager;

    @Inject
    Customers customers;

    @Inject
    IntegrationGrants integrationGrants;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void ticketsWithTheSameAddressInAnyLetterCaseBelongToOneCustomer() {
        String local = unique();
        String first = createTicket("CS", "Kim." + local + "@Example.COM", "First");
        String second = createTicket("CS", "kim." + local + "@example.com", "Second");

        assertEquals(1L, count("select count(*) from customer where email = 'kim." + local + "@example.com'"));
        assertEquals(1L, count("select count(distinct customer_id) from ticket where id in ('" + first + "', '"
                + second + "')"));
        String id = given().queryParam("email", "KIM." + local + "@example.com")
                .when().get("/api/v1/services/CS/customers")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].email", equalTo("kim." + local + "@example.com"))
                .body("[0].name", equalTo("Kim Minji"))
                .body("[0].number", matchesPattern("C-\\d{6,}"))
                .extract().path("[0].id");
        given().when().get("/api/v1/services/CS/customers/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("serviceCode", equalTo("CS"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void phoneTicketsFindTheirCustomerByPhoneNumberGivenOnCreation() {
        String digits = "010" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String first = phoneTicket("first." + unique() + "@example.com", digits.substring(0, 3) + "-" + digits.substring(3));
        String second = phoneTicket("second." + unique() + "@example.com", digits);
        assertEquals(1L, count("select count(distinct customer_id) from ticket where id in ('" + first + "', '" + second
                + "')"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"channel\": \"PHONE\", "
                        + "\"customer\": {\"email\": \"p@example.com\", \"phone\": \"call me\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("customer.phone"));
    }

    static String phoneTicket(String email, String phone) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\": \"Called about a refund\", \"content\": \"c\", \"channel\": \"PHONE\", "
                        + "\"customer\": {\"email\": \"" + email + "\", \"phone\": \"" + phone + "\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void theSameAddressInAnotherServiceIsAnotherCustomer() {
        String email = "lee." + unique() + "@example.com";
        integrationGrants.grant("demo-integration", "DEV");
        try {
            String cs = createTicket("CS", email, "Here");
            String dev = createTicket("DEV", email, "There");
            assertEquals(2L, count("select count(*) from customer where email = '" + email + "'"));
            assertEquals(2L, count("select count(distinct customer_id) from ticket where id in ('" + cs + "', '" + dev
                    + "')"));
        } finally {
            // other tests rely on demo-integration having no grant for DEV
            integrationGrants.revoke("demo-integration", "DEV");
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void concurrentFirstTicketsOfANewCustomerCreateOneCustomer() throws Exception {
        String email = "rush." + unique() + "@example.com";
        int parallel = 10;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(ticket(n % 2 == 0 ? email : email.toUpperCase(), "Rush " + n))
                            .when().post("/api/v1/services/CS/tickets").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(201, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from customer where email = '" + email + "'"));
        assertEquals(10L, count("select count(*) from ticket t join customer c on c.id = t.customer_id "
                + "where c.email = '" + email + "'"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theInquiryHistoryListsTheCustomersOtherTicketsNewestFirst() {
        String email = "park." + unique() + "@example.com";
        String first = createTicket("CS", email, "Order missing");
        String second = createTicket("CS", email.toUpperCase(), "Still missing");
        createTicket("CS", "someone." + unique() + "@example.com", "Unrelated");
        String third = createTicket("CS", email, "Refund please");

        given().when().get("/api/v1/tickets/" + third + "/customer-history")
                .then().statusCode(200)
                .body("id", contains(second, first))
                .body("title", contains("Still missing", "Order missing"))
                .body("[0].status", equalTo("UNASSIGNED"))
                .body("[0].number", matchesPattern("CS-\\d+"));
        given().when().get("/api/v1/tickets/" + first + "/customer-history")
                .then().statusCode(200).body("id", contains(third, second));
        String lonely = createTicket("CS", "lonely." + unique() + "@example.com", "Only one");
        given().when().get("/api/v1/tickets/" + lonely + "/customer-history").then().statusCode(200).body("", empty());
        given().when().get("/api/v1/tickets/" + UUID.randomUUID() + "/customer-history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void unknownCustomersAndMissingAddressesAreProblems() {
        given().when().get("/api/v1/services/CS/customers/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("email", "nobody." + unique() + "@example.com")
                .when().get("/api/v1/services/CS/customers").then().statusCode(200).body("", empty());
        given().when().get("/api/v1/services/CS/customers")
                .then().statusCode(400).body("errors.field", contains("email"));
        given().when().get("/api/v1/services/NOPE/customers/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceSeesNoneOfItsCustomers() {
        String email = "choi." + unique() + "@example.com";
        UUID id = QuarkusTransaction.requiringNew().call(() ->
                customers.resolve("CS", Channel.EMAIL, new Contact(email, null, "Choi", null)));
        given().when().get("/api/v1/services/CS/customers/" + id).then().statusCode(404);
        given().queryParam("email", email).when().get("/api/v1/services/CS/customers").then().statusCode(404);
        // a DEV customer id asked for under DEV, but it is a CS customer
        given().when().get("/api/v1/services/DEV/customers/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void customerEndpointsAreForAgents() {
        given().queryParam("email", "a@example.com").when().get("/api/v1/services/CS/customers").then().statusCode(403);
    }

    @Test
    void withoutATokenCustomersAre401() {
        given().when().get("/api/v1/services/CS/customers/" + UUID.randomUUID()).then().statusCode(401);
        given().queryParam("email", "a@example.com").when().get("/api/v1/services/CS/customers").then().statusCode(401);
        given().when().get("/api/v1/tickets/" + UUID.randomUUID() + "/customer-history").then().statusCode(401);
    }

    @Test
    void aResolveRacingAnUncommittedNewCustomerGetsThatCustomer() throws Exception {
        String email = "race." + unique() + "@example.com";
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<UUID> first = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                UUID id = customers.resolve("CS", Channel.EMAIL, new Contact(email, null, "First", null));
                inserted.countDown();
                Thread.sleep(500); // the second resolve now waits for this commit on the unique index
                return id;
            }));
            inserted.await(30, TimeUnit.SECONDS);
            Future<UUID> second = pool.submit(() -> QuarkusTransaction.requiringNew().call(() ->
                    customers.resolve("CS", Channel.EMAIL, new Contact(email.toUpperCase(), null, "Second", null))));
            assertEquals(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from customer where email = '" + email + "'"));
    }

    @Test
    void phoneInquiriesFindTheCustomerByTheirNumber() {
        String email = "han." + unique() + "@example.com";
        String digits = String.valueOf(System.nanoTime() % 100_000_000L);
        UUID byMail = QuarkusTransaction.requiringNew().call(() ->
                customers.resolve("CS", Channel.EMAIL, new Contact(email, "+82 10-" + digits, "Han", null)));
        UUID byPhone = QuarkusTransaction.requiringNew().call(() ->
                customers.resolve("CS", Channel.PHONE, new Contact("other." + email, "+82-10 " + digits, null, null)));
        assertEquals(byMail, byPhone);
        UUID mailOnly = QuarkusTransaction.requiringNew().call(() ->
                customers.resolve("CS", Channel.EMAIL, new Contact("other." + email, "+82-10 " + digits, null, null)));
        assertNotEquals(byMail, mailOnly); // outside the phone channel the e-mail address decides
        assertEquals("+8210" + digits, QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select phone from customer where id = :id").setParameter("id", byMail)
                .getSingleResult()));
    }

    // --- helpers

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String ticket(String email, String title) {
        return """
                {"title": "%s", "content": "Where is my order?", "customer": {"email": "%s", "name": "Kim Minji"}}"""
                .formatted(title, email);
    }

    static String createTicket(String service, String email, String title) {
        return given().contentType(ContentType.JSON).body(ticket(email, title))
                .when().post("/api/v1/services/" + service + "/tickets")
                .then().statusCode(201).extract().path("id");
    }

}
