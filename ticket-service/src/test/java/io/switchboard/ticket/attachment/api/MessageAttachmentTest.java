package io.switchboard.ticket.attachment.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.Uploads.uploadText;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.ticket.api.Identities;
import io.switchboard.ticket.ticket.api.TicketApiTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Files go out with replies, comments and re-inquiries: uploaded to the ticket first, then named by the message. */
@QuarkusTest
class MessageAttachmentTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aCommentAndAReplyCarryTheirFilesIntoTheHistoryAndTheEvent() {
        String ticket = keptTicket();
        String invoice = uploadText(ticket, "invoice.txt");
        String manual = uploadText(ticket, "설명서.txt");

        act(ticket, "comment", "{\"body\": \"see the invoice\", \"attachments\": [\"" + invoice + "\"]}")
                .then().statusCode(200);
        act(ticket, "resolve", "{\"body\": \"Here is the manual\", \"attachments\": [\"" + manual + "\"]}")
                .then().statusCode(200).body("status", equalTo("RESOLVED"));

        given().when().get("/api/v1/tickets/" + ticket + "/messages").then().statusCode(200)
                .body("type", contains("INTERNAL_COMMENT", "FINAL_REPLY"))
                .body("[0].attachments.id", contains(invoice))
                .body("[1].attachments[0].fileName", equalTo("설명서.txt"))
                .body("[1].attachments[0].contentType", equalTo("text/plain"));

        JsonNode reply = await().until(() -> messageAdded(ticket, "FINAL_REPLY"), e -> e != null);
        assertEquals(manual, reply.path("data").path("attachments").path(0).path("id").asText());
        assertEquals("설명서.txt", reply.path("data").path("attachments").path(0).path("fileName").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void badFileReferencesAreEachNamedAndNothingIsWritten() {
        String ticket = keptTicket();
        String other = keptTicket();
        String sent = uploadText(ticket, "sent.txt");
        act(ticket, "comment", "{\"body\": \"first\", \"attachments\": [\"" + sent + "\"]}").then().statusCode(200);
        String fresh = uploadText(ticket, "fresh.txt");
        String foreign = uploadText(other, "foreign.txt");
        long messages = count("select count(*) from ticket_message where ticket_id = '" + ticket + "'");

        act(ticket, "hold", """
                {"body": "wait", "attachments": ["%s", "%s", "%s", "%s", "%s"]}"""
                .formatted(fresh, sent, foreign, UUID.randomUUID(), fresh))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("attachments[1]", "attachments[2]", "attachments[3]", "attachments[4]"))
                .body("errors[0].message", containsString("already sent"))
                .body("errors[3].message", containsString("twice"));
        act(ticket, "comment", "{\"body\": \"x\", \"attachments\": [\"not-a-uuid\"]}")
                .then().statusCode(400).body("errors[0].field", containsString("attachments"));
        act(ticket, "comment", "{\"body\": \"x\", \"attachments\": [null]}").then().statusCode(400);
        String eleven = String.join(",", java.util.Collections.nCopies(11, "\"" + fresh + "\""));
        act(ticket, "comment", "{\"body\": \"x\", \"attachments\": [" + eleven + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("attachments"));

        assertEquals("IN_PROGRESS", given().when().get("/api/v1/tickets/" + ticket).then().extract().path("status"));
        assertEquals(messages, count("select count(*) from ticket_message where ticket_id = '" + ticket + "'"));
        assertEquals(0L, count("select count(*) from attachment where id = '" + fresh + "' and message_id is not null"));
        // the refused file is still free to go with the next message
        act(ticket, "hold", "{\"body\": \"wait\", \"attachments\": [\"" + fresh + "\"]}").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theCustomerSendsFilesWithAReinquiryAndAFollowUpTakesThemAlong() {
        String ticket = keptTicket();
        act(ticket, "resolve", "{\"body\": \"Done\"}").then().statusCode(200);

        String screenshot = asCustomer(() -> uploadText(ticket, "screenshot.txt"));
        asCustomer(() -> act(ticket, "re-inquiry", "{\"body\": \"still broken\", \"attachments\": [\"" + screenshot + "\"]}")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")));
        asCustomer(() -> given().when().get("/api/v1/tickets/" + ticket + "/messages").then().statusCode(200)
                .body("find { it.type == 'CUSTOMER_REINQUIRY' }.attachments.fileName", contains("screenshot.txt")));

        act(ticket, "resolve", "{\"body\": \"Fixed now\"}").then().statusCode(200);
        Identities.as("alice", "agent", () -> act(ticket, "complete", null).then().statusCode(200));
        String log = asCustomer(() -> uploadText(ticket, "log.txt"));
        String followUp = asCustomer(() -> act(ticket, "re-inquiry", "{\"body\": \"again\", \"attachments\": [\"" + log + "\"]}")
                .then().statusCode(201).extract().path("id"));

        given().when().get("/api/v1/tickets/" + followUp + "/attachments").then().statusCode(200)
                .body("fileName", contains("log.txt"));
        given().when().get("/api/v1/tickets/" + ticket + "/attachments").then()
                .body("fileName", containsInAnyOrder("screenshot.txt"));
        given().when().get("/api/v1/tickets/" + followUp + "/attachments/" + log).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void messagesWithoutFilesShowAnEmptyList() {
        String ticket = keptTicket();
        act(ticket, "comment", "{\"body\": \"no files\"}").then().statusCode(200);
        given().when().get("/api/v1/tickets/" + ticket + "/messages").then().body("[0].attachments", empty());
    }

    private static String keptTicket() {
        String id = TicketApiTest.create("CS");
        act(id, "keep", null).then().statusCode(200);
        return id;
    }

    private static Response act(String id, String action, String body) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/tickets/" + id + "/" + action);
    }

    private static <T> T asCustomer(java.util.function.Supplier<T> action) {
        return Identities.as("demo-integration", "integration", action);
    }

    private JsonNode messageAdded(String ticket, String type) {
        List<JsonNode> events = connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticket + "\"") && p.contains("\"type\":\"MessageAdded\""))
                .map(EventContract::assertValid).toList();
        return events.stream().filter(e -> e.path("data").path("type").asText().equals(type)).findFirst().orElse(null);
    }
}
