package io.switchboard.ticket.mail.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.Db;
import io.switchboard.ticket.MailboxServer;
import io.switchboard.ticket.ticket.api.Identities;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** MailReceived: a customer's mail becomes an EMAIL ticket or a re-inquiry of their ticket, with its files. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class InboundMailTest {

    static final byte[] PDF = "%PDF-1.7\nreceipt".getBytes(StandardCharsets.US_ASCII);

    @Inject
    @Any
    InMemoryConnector connector;

    @ConfigProperty(name = "switchboard.inbound-mail.notification-url")
    String mailboxUrl;

    @Test
    void aNewMailBecomesAnEmailTicketOfTheSenderWithItsFiles() {
        String sender = sender();
        Mail mail = new Mail(sender).named("Kim Minji").subject("  Refund for order 1234 ")
                .html("<p>I was <b>charged</b> twice.<script>alert(1)</script></p>")
                .file("receipt.pdf", "application/pdf", PDF);
        send(mail);

        JsonNode ticket = awaitTicketOf(sender);
        String id = ticket.path("id").asText();
        given().when().get("/api/v1/tickets/" + id).then().statusCode(200)
                .body("channel", equalTo("EMAIL")).body("status", equalTo("UNASSIGNED"))
                .body("title", equalTo("Refund for order 1234"))
                .body("content", equalTo("I was charged twice.")) // the text; the HTML mail is the first message
                .body("customer.email", equalTo(sender)).body("customer.name", equalTo("Kim Minji"))
                .body("createdBy", equalTo("customer:" + sender));
        given().when().get("/api/v1/tickets/" + id + "/messages").then()
                .body("type", contains("CUSTOMER_INQUIRY")).body("[0].format", equalTo("HTML"))
                .body("[0].body", equalTo("<p>I was <b>charged</b> twice.</p>"))
                .body("[0].attachments.fileName", contains("receipt.pdf"))
                .body("[0].attachments.contentType", contains("application/pdf"));
        String file = given().when().get("/api/v1/tickets/" + id + "/messages").then().extract()
                .path("[0].attachments[0].id");
        assertArrayEquals(PDF, given().when().get("/api/v1/tickets/" + id + "/attachments/" + file).then()
                .statusCode(200).extract().asByteArray());

        assertEquals(1, published(id, "TicketCreated").size());
        JsonNode inquiry = published(id, "MessageAdded").get(0).path("data");
        assertEquals("CUSTOMER_INQUIRY", inquiry.path("type").asText());
        assertEquals(mail.messageId, inquiry.path("mailMessageId").asText());
        assertEquals("receipt.pdf", inquiry.path("attachments").path(0).path("fileName").asText());
    }

    @Test
    void aMailTicketAndTheCustomersMailedReplyAreFoundByFullText() {
        String sender = sender();
        String marker = "mk" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        send(new Mail(sender).subject("お問い合わせ " + marker).html("<p>来月で<b>解約</b>したいです。</p>"));
        String id = awaitTicketOf(sender).path("id").asText();
        given().queryParam("q", "解約 " + marker).when().get("/api/v1/tickets").then().statusCode(200)
                .body("items.id", contains(id));

        String held = heldTicket(sender);
        String number = given().when().get("/api/v1/tickets/" + held).then().extract().path("number");
        send(new Mail(sender).subject("Re: [" + number + "] Refund").subjectNumber(number).text("請求書が二重です " + marker));
        await().until(() -> "IN_PROGRESS".equals(status(held)));
        given().queryParam("q", "請求 " + marker).when().get("/api/v1/tickets").then().statusCode(200)
                .body("items.id", contains(held));
    }

    @Test
    void aMailWithoutSubjectOrHtmlGetsAPlaceholderTitleAndItsText() {
        String sender = sender();
        send(new Mail(sender).subject("").text("Hello?\nAnyone there?"));
        String id = awaitTicketOf(sender).path("id").asText();
        given().when().get("/api/v1/tickets/" + id).then().body("title", equalTo("(no subject)"))
                .body("content", equalTo("Hello?\nAnyone there?"));
        given().when().get("/api/v1/tickets/" + id + "/messages").then().body("[0].format", equalTo("TEXT"));
    }

    @Test
    void theCustomersReplyNamingTheTicketReopensItForTheSameAssignee() {
        String sender = sender();
        String ticket = heldTicket(sender);
        String number = given().when().get("/api/v1/tickets/" + ticket).then().extract().path("number");
        Mail reply = new Mail(sender.toUpperCase()).subject("Re: [" + number + "] Refund").subjectNumber(number)
                .text("Still waiting").file("photo.txt", "text/plain", "a photo".getBytes(StandardCharsets.UTF_8));
        send(reply);

        await().until(() -> "IN_PROGRESS".equals(status(ticket)));
        given().when().get("/api/v1/tickets/" + ticket).then().body("assignee.username", equalTo("bob"));
        given().when().get("/api/v1/tickets/" + ticket + "/messages").then()
                .body("type", contains("INTERIM_REPLY", "CUSTOMER_REINQUIRY"))
                .body("[1].author", equalTo("customer:" + sender))
                .body("[1].attachments.fileName", contains("photo.txt"));
        JsonNode added = published(ticket, "MessageAdded").stream()
                .filter(e -> e.path("data").path("type").asText().equals("CUSTOMER_REINQUIRY")).findFirst().orElseThrow();
        assertEquals(reply.messageId, added.path("data").path("mailMessageId").asText());
    }

    @Test
    void aReplyFoundByItsReferencesReopensTheTicket() {
        String sender = sender();
        String ticket = heldTicket(sender);
        send(new Mail(sender).subject("Re: your answer").references(UUID.randomUUID().toString(), ticket)
                .text("One more question"));
        await().until(() -> "IN_PROGRESS".equals(status(ticket)));
    }

    @Test
    void aStrangersReplyToSomeoneElsesTicketMakesANewTicket() {
        String customer = sender();
        String ticket = heldTicket(customer);
        String number = given().when().get("/api/v1/tickets/" + ticket).then().extract().path("number");
        String stranger = sender();
        send(new Mail(stranger).subject("Re: [" + number + "] Refund").subjectNumber(number).references(ticket)
                .text("Me too"));

        JsonNode created = awaitTicketOf(stranger);
        assertEquals("Re: [" + number + "] Refund", created.path("title").asText());
        assertEquals("ON_HOLD", status(ticket));
        given().when().get("/api/v1/tickets/" + ticket + "/messages").then().body("type", contains("INTERIM_REPLY"));
    }

    @Test
    void aReplyToACompletedTicketOpensALinkedFollowUpWithTheMail() {
        String sender = sender();
        String ticket = heldTicket(sender);
        given().contentType(ContentType.JSON).body("{\"body\": \"Refunded.\"}")
                .when().post("/api/v1/tickets/" + ticket + "/resolve").then().statusCode(200);
        Identities.as("alice", "agent", () -> given().contentType(ContentType.JSON)
                .when().post("/api/v1/tickets/" + ticket + "/complete").then().statusCode(200));
        Mail mail = new Mail(sender).subject("Again").references(ticket).text("It happened again")
                .file("log.txt", "text/plain", "log".getBytes(StandardCharsets.UTF_8));
        send(mail);

        await().until(() -> ticketsOf(sender).size() == 2);
        String followUp = ticketsOf(sender).get(0).path("id").asText();
        assertEquals("COMPLETED", status(ticket));
        given().when().get("/api/v1/tickets/" + followUp).then().body("title", equalTo("Re: Refund"))
                .body("channel", equalTo("EMAIL"));
        given().when().get("/api/v1/tickets/" + followUp + "/links").then()
                .body("type", hasItem("FOLLOW_UP_OF"));
        given().when().get("/api/v1/tickets/" + followUp + "/messages").then()
                .body("type", contains("CUSTOMER_INQUIRY")).body("[0].attachments.fileName", contains("log.txt"));
        assertEquals(mail.messageId, published(followUp, "MessageAdded").get(0).path("data").path("mailMessageId")
                .asText());
    }

    @Test
    void theSameMailPublishedTwiceMakesOneTicket() {
        String sender = sender();
        Mail mail = new Mail(sender).subject("Twice").text("Sent twice");
        send(mail);
        send(mail); // published again after a crash: a new event id, the same mail id
        String marker = sender();
        send(new Mail(marker).subject("Marker").text("After the duplicate"));
        awaitTicketOf(marker);

        assertEquals(1, ticketsOf(sender).size());
    }

    @Test
    void filesTheRulesRefuseAreNotedAndTheMailIsKept() {
        String sender = sender();
        send(new Mail(sender).subject("Invoice").text("See attached")
                .file("invoice.exe", "application/x-msdownload", "MZ".getBytes(StandardCharsets.US_ASCII))
                .file("notes.txt", "text/plain", "notes".getBytes(StandardCharsets.UTF_8))
                .listed("huge.pdf", "application/pdf", 20L * 1024 * 1024));

        String id = awaitTicketOf(sender).path("id").asText();
        given().when().get("/api/v1/tickets/" + id + "/messages").then()
                .body("[0].attachments.fileName", contains("notes.txt"));
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("summary", hasItem("invoice.exe refused: type not allowed (application/x-msdownload)"))
                .body("summary", hasItem(containsString("huge.pdf refused: too large (20971520 bytes")))
                .body("find { it.type == 'ATTACHMENT_REFUSED' }.details.fileName", equalTo("invoice.exe"));
    }

    @Test
    void aFailingDownloadWritesNothingAndTheMailArrivesWhenTheMailboxAnswersAgain() {
        MailboxServer.Control mailbox = new MailboxServer.Control(mailboxUrl);
        String sender = sender();
        Mail mail = new Mail(sender).subject("Screenshot").text("See the file")
                .file("screen.txt", "text/plain", "screen".getBytes(StandardCharsets.UTF_8));
        int before = mailbox.downloads();
        mailbox.failing(true);
        try {
            send(mail);
            await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.downloads() >= before + 3);
            assertTrue(ticketsOf(sender).isEmpty());
            assertEquals(0L, Db.count("select count(*) from customer where lower(email) = lower('" + sender + "')"));
        } finally {
            mailbox.failing(false);
        }

        String id = awaitTicketOf(sender).path("id").asText();
        given().when().get("/api/v1/tickets/" + id + "/messages").then()
                .body("[0].attachments.fileName", contains("screen.txt"));
        given().when().get("/api/v1/tickets/" + id + "/events").then().body("type", not(hasItem("ATTACHMENT_REFUSED")));
    }

    @Test
    void aDownloadThatTimesOutIsTriedAgain() {
        MailboxServer.Control mailbox = new MailboxServer.Control(mailboxUrl);
        String sender = sender();
        Mail mail = new Mail(sender).subject("Slow").text("A slow file")
                .file("slow.txt", "text/plain", "slow".getBytes(StandardCharsets.UTF_8));
        int before = mailbox.downloads();
        mailbox.slowOnce();
        send(mail);

        String id = awaitTicketOf(sender).path("id").asText();
        given().when().get("/api/v1/tickets/" + id + "/messages").then()
                .body("[0].attachments.fileName", contains("slow.txt"));
        assertTrue(mailbox.downloads() >= before + 2);
    }

    @Test
    void aMailToATicketInTheSpamBoxIsAppendedAndTheTicketStaysThere() {
        String sender = sender();
        String ticket = heldTicket(sender);
        given().contentType(ContentType.JSON).body("{\"reason\": \"SPAM\"}")
                .when().post("/api/v1/tickets/" + ticket + "/internal-resolution").then().statusCode(200);
        String number = given().when().get("/api/v1/tickets/" + ticket).then().extract().path("number");
        send(new Mail(sender).subject("Re: [" + number + "]").subjectNumber(number).text("Buy now"));

        await().until(() -> given().when().get("/api/v1/tickets/" + ticket + "/messages").then().extract()
                .<List<String>>path("type").contains("CUSTOMER_REINQUIRY"));
        given().when().get("/api/v1/tickets/" + ticket).then().body("status", equalTo("INTERNALLY_RESOLVED"))
                .body("internalResolution", equalTo("SPAM"));
        assertEquals(1, ticketsOf(sender).size());
    }

    // --- helpers

    /** A customer's mail as notification-service publishes it; its files are served by the test mailbox. */
    final class Mail {
        final UUID mailId = UUID.randomUUID();
        final String messageId = "<" + mailId + "@mail.example.com>";
        final String from;
        String name;
        String subject = "Question";
        String subjectNumber;
        List<String> references = List.of();
        String text = "";
        String html;
        final List<Map<String, Object>> files = new java.util.ArrayList<>();

        Mail(String from) {
            this.from = from;
        }

        Mail named(String value) {
            name = value;
            return this;
        }

        Mail subject(String value) {
            subject = value;
            return this;
        }

        Mail subjectNumber(String value) {
            subjectNumber = value;
            return this;
        }

        Mail references(String... ticketIds) {
            references = List.of(ticketIds);
            return this;
        }

        Mail text(String value) {
            text = value;
            return this;
        }

        Mail html(String value) {
            html = value;
            text = org.jsoup.Jsoup.parse(value).text();
            return this;
        }

        Mail file(String fileName, String contentType, byte[] content) {
            new MailboxServer.Control(mailboxUrl).serve(mailId, files.size(), content);
            return listed(fileName, contentType, content.length);
        }

        /** Listed in the mail but never served. */
        Mail listed(String fileName, String contentType, long size) {
            files.add(Map.of("index", files.size(), "fileName", fileName, "contentType", contentType, "size", size));
            return this;
        }

        String data() {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("mailId", mailId.toString());
            data.put("serviceCode", "CS");
            data.put("mailbox", "support@cs.example.com");
            data.put("messageId", messageId);
            data.put("inReplyTo", null);
            data.put("references", List.of());
            data.put("subjectTicketNumber", subjectNumber);
            data.put("referencedTicketIds", references);
            Map<String, Object> address = new java.util.LinkedHashMap<>();
            address.put("address", from);
            address.put("name", name);
            data.put("from", address);
            data.put("subject", subject);
            data.put("text", text);
            data.put("html", html);
            data.put("attachments", files);
            data.put("receivedAt", Instant.now().toString());
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(data);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    void send(Mail mail) {
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/notification-service", "MailReceived",
                "CS:" + mail.from.toLowerCase(), mail.data());
        EventContract.assertValid(record);
        connector.source("mail-events").send(record);
    }

    static String sender() {
        return "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A CS ticket of the customer, kept by bob and put on hold with an interim reply. */
    static String heldTicket(String customer) {
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\": \"Refund\", \"content\": \"Charged twice\", \"customer\": {\"email\": \"" + customer + "\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"body\": \"We are checking.\"}")
                .when().post("/api/v1/tickets/" + id + "/hold").then().statusCode(200);
        return id;
    }

    static List<JsonNode> ticketsOf(String email) {
        String body = given().queryParam("email", email).when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(200).extract().asString();
        try {
            JsonNode items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("items");
            return java.util.stream.StreamSupport.stream(items.spliterator(), false).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode awaitTicketOf(String email) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> ticketsOf(email), list -> !list.isEmpty()).get(0);
    }

    static String status(String ticket) {
        return given().when().get("/api/v1/tickets/" + ticket).then().statusCode(200).extract().path("status");
    }

    List<JsonNode> published(String ticket, String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticket + "\"") && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).toList();
    }
}
