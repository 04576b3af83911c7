package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.PublishedEvents;
import io.switchboard.notification.ServiceEvents;
import io.switchboard.notification.TicketServiceStub;
import io.switchboard.notification.TicketServiceStub.InjectTicketService;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerReplyTest {

    static final String SERVICE = "MAILS";
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    @InjectTicketService
    TicketServiceStub.Files files;

    @BeforeEach
    void serviceWithAdminAndOperator() {
        ServiceEvents.publish(connector, entityManager, SERVICE, Map.of("alma", "ADMIN", "otto", "OPERATOR"),
                List.of("baka", "바보"));
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aResolveReplyIsMailedToTheCustomerInTheServiceLayoutThreadedToTheirMail() throws Exception {
        given().contentType(ContentType.JSON).body("""
                {"senderName":"CS 고객센터","senderAddress":"cs@mails.example.com","inboundAddress":"cs@mails.example.com"}""")
                .when().put("/api/v1/notifications/services/" + SERVICE + "/mail-settings").then().statusCode(200)
                .body("senderAddress", equalTo("cs@mails.example.com"));
        given().contentType(ContentType.JSON).body("""
                {"html":"<div style=\\"color:#333\\"><p>{{customer.name}} 고객님</p>{{content}}<p>{{service.name}} 드림 · {{ticket.number}}</p></div>"}""")
                .when().put("/api/v1/notifications/services/" + SERVICE + "/mail-layouts/RESOLVE/ko").then().statusCode(200)
                .body("language", equalTo("ko")).body("type", equalTo("RESOLVE"));
        Ticket ticket = new Ticket("ko");
        created(ticket);
        String customerMail = "<CAF-" + UUID.randomUUID() + "@mail.example.net>";
        message(ticket, UUID.randomUUID(), "CUSTOMER_INQUIRY", "TEXT", "결제가 두 번 되었습니다.", customerMail, List.of());
        UUID attachment = UUID.randomUUID();
        byte[] pdf = "%PDF-1.7\nrefund receipt\n".getBytes(StandardCharsets.US_ASCII); // line endings must survive
        files.put(ticket.id, attachment, pdf);
        UUID reply = UUID.randomUUID();
        message(ticket, reply, "FINAL_REPLY", "HTML", "<p>환불 처리되었습니다. <b>3일</b> 안에 입금됩니다.</p>", null,
                List.of(new Attachment(attachment, "영수증.pdf", "application/pdf", pdf.length)));

        MimeMessage mail = theOnlyMail(ticket);
        assertEquals("[" + ticket.number + "] 결제 문의", mail.getSubject());
        assertEquals("kim.minji@example.com", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("CS 고객센터 <cs@mails.example.com>", MimeUtility.decodeText(mail.getHeader("From", null)));
        assertEquals("<" + reply + "@switchboard.local>", mail.getMessageID());
        assertEquals(customerMail, mail.getHeader("In-Reply-To", null));
        assertTrue(mail.getHeader("References", null).contains(customerMail));
        assertEquals(null, mail.getHeader("Auto-Submitted", null), "an operator wrote it");
        String html = part(mail, "text/html");
        assertTrue(html.contains("Kim Minji 고객님"), html);
        assertTrue(html.contains("<b>3일</b>"), html);
        assertTrue(html.contains("Service " + SERVICE + " 드림 · " + ticket.number), html);
        String text = part(mail, "text/plain");
        assertTrue(text.contains("환불 처리되었습니다. 3일 안에 입금됩니다."), text);
        assertTrue(text.startsWith("Kim Minji 고객님"), text);
        BodyPart file = attachmentOf(mail);
        assertEquals("영수증.pdf", MimeUtility.decodeText(file.getFileName()));
        assertArrayEquals(pdf, file.getInputStream().readAllBytes());

        JsonNode sent = outcome(ticket, "MailSent");
        assertEquals(reply.toString(), sent.at("/data/deliveryId").asText());
        assertEquals("CUSTOMER_REPLY", sent.at("/data/kind").asText());
        assertEquals("kim.minji@example.com", sent.at("/data/recipients/0").asText());
        assertEquals("<" + reply + "@switchboard.local>", sent.at("/data/mailMessageId").asText());
    }

    @Test
    @TestSecurity(user = "otto", roles = "agent")
    void aTitleAndACustomerNameWithMarkupAreShownAsTextInTheMailAndItsPreview() throws Exception {
        String title = "<script>alert('t')</script> & \"refund\"";
        String name = "<img src=x onerror=alert(1)>Kim";
        Ticket ticket = new Ticket("en", "kim.minji@example.com", title, name);
        created(ticket);
        message(ticket, UUID.randomUUID(), "FINAL_REPLY", "TEXT", "<b>not bold</b>, plain text", null, List.of());

        MimeMessage mail = theOnlyMail(ticket);
        assertEquals("[" + ticket.number + "] " + title, mail.getSubject(), "a header is text: shown as typed");
        String html = part(mail, "text/html");
        assertTrue(html.contains("Dear &lt;img src=x onerror=alert(1)&gt;Kim,"), html);
        assertTrue(html.contains("&lt;b&gt;not bold&lt;/b&gt;, plain text"), html);
        assertTrue(!html.contains("<img") && !html.contains("<script") && !html.contains("<b>"), html);
        String text = part(mail, "text/plain");
        assertTrue(text.startsWith("Dear " + name + ","), text);

        given().contentType(ContentType.JSON).body("""
                {"ticketId":"%s","type":"RESOLVE","body":"fine","bodyFormat":"TEXT"}""".formatted(ticket.id))
                .when().post("/api/v1/notifications/mail-previews")
                .then().statusCode(200)
                .body("subject", equalTo("[" + ticket.number + "] " + title))
                .body("html", containsString("Dear &lt;img src=x onerror=alert(1)&gt;Kim,"))
                .body("html", not(containsString("<img")))
                .body("markedHtml", not(containsString("<img")));
    }

    @Test
    void aHoldThenAResolveThreadInOrderAndARedeliveredReplyIsMailedOnce() throws Exception {
        Ticket ticket = new Ticket("en");
        created(ticket);
        UUID hold = UUID.randomUUID();
        UUID resolve = UUID.randomUUID();
        String holdEvent = message(ticket, hold, "INTERIM_REPLY", "TEXT", "We are checking.", null, List.of());
        connector.source("ticket-events").send(holdEvent);
        message(ticket, resolve, "FINAL_REPLY", "TEXT", "Refunded.\nSorry for the wait.", null, List.of());

        await().atMost(Duration.ofSeconds(30)).until(() -> mails(ticket).size() >= 2);
        List<MimeMessage> mails = mails(ticket);
        assertEquals(2, mails.size(), "one mail per reply");
        MimeMessage first = mails.stream().filter(m -> id(m).equals("<" + hold + "@switchboard.local>")).findFirst().orElseThrow();
        MimeMessage second = mails.stream().filter(m -> id(m).equals("<" + resolve + "@switchboard.local>")).findFirst().orElseThrow();
        assertTrue(first.getSentDate().compareTo(second.getSentDate()) <= 0, "the hold went first");
        assertEquals("<" + hold + "@switchboard.local>", second.getHeader("In-Reply-To", null),
                "no customer mail yet: it threads to our last one");
        assertTrue(part(second, "text/plain").replace("\r\n", "\n").contains("Refunded.\nSorry for the wait."));
        assertTrue(part(first, "text/html").contains("We will get back to you."), "the built-in English hold layout");
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aReplyMaskedAfterItFailedKeepsOnlyTheMaskedTextAndIsRetriedWithIt() throws Exception {
        Ticket ticket = new Ticket("ko");
        created(ticket);
        UUID file = UUID.randomUUID();
        UUID reply = UUID.randomUUID();
        String phone = "010-4321-8765";
        message(ticket, reply, "FINAL_REPLY", "HTML", "<p>" + phone + " 로 <b>연락</b>드리겠습니다.</p>", null,
                List.of(new Attachment(file, "안내.txt", "text/plain", 6)));
        outcome(ticket, "MailFailed"); // the file is not there yet: a dead letter
        assertTrue(storedBodies(reply).contains(phone));

        String masked = "<p>************* 로 <b>연락</b>드리겠습니다.</p>";
        send("MessageMasked", ticket, """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","messageId":"%s","type":"FINAL_REPLY",
                 "bodyFormat":"HTML","body":%s,"masks":[{"start":0,"end":13}],"maskedBy":"alma","maskedAt":"%s"}"""
                .formatted(ticket.id, ticket.number, SERVICE, reply, json(masked), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !storedBodies(reply).contains(phone));
        assertTrue(storedBodies(reply).contains("************* 로 <b>연락</b>드리겠습니다."), storedBodies(reply));

        files.put(ticket.id, file, "안내".getBytes(StandardCharsets.UTF_8));
        given().when().post("/api/v1/notifications/deliveries/" + reply + "/retry").then().statusCode(200);
        MimeMessage mail = theOnlyMail(ticket);
        String html = part(mail, "text/html");
        String text = part(mail, "text/plain");
        assertTrue(html.contains("************* 로 <b>연락</b>드리겠습니다.") && !html.contains(phone), html);
        assertTrue(text.contains("************* 로 연락드리겠습니다.") && !text.contains(phone), text);
    }

    @Test
    void aTicketInALanguageWithoutItsOwnLayoutGetsTheServiceDefaultLanguagesLayout() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into mail_layout (service_code, reply_type, language, html, updated_at)
                values (:service, 'HOLD', 'ko', '<p>보류 안내</p>{{content}}', now())
                on conflict (service_code, reply_type, language) do update set html = excluded.html""")
                .setParameter("service", SERVICE).executeUpdate());
        Ticket ticket = new Ticket("ja");
        created(ticket);
        message(ticket, UUID.randomUUID(), "INTERIM_REPLY", "TEXT", "確認中です。", null, List.of());
        String html = part(theOnlyMail(ticket), "text/html");
        assertTrue(html.contains("보류 안내") && html.contains("確認中です。"), html);
    }

    @Test
    void aCustomerWithoutAValidAddressIsSkippedAndTicketServiceHearsWhy() throws Exception {
        Ticket ticket = new Ticket("ko", "not-an-address");
        created(ticket);
        message(ticket, UUID.randomUUID(), "FINAL_REPLY", "TEXT", "답변", null, List.of());
        JsonNode failed = outcome(ticket, "MailFailed");
        assertTrue(failed.at("/data/reason").asText().contains("no valid e-mail address"), failed.toString());
        assertEquals(0, mails(ticket).size());
    }

    @Test
    void aPhoneTicketsCustomerWithoutAnAddressGetsNoMailOnlyAFailureTicketServiceRecords() throws Exception {
        Ticket ticket = new Ticket("ko", null);
        created(ticket);
        message(ticket, UUID.randomUUID(), "FINAL_REPLY", "TEXT", "전화로 안내드린 내용입니다.", null, List.of());
        JsonNode failed = outcome(ticket, "MailFailed");
        assertEquals("the customer has no valid e-mail address", failed.at("/data/reason").asText());
        assertEquals(0, mails(ticket).size());
    }

    @Test
    void aReplyWhoseFileIsGoneFromTheTicketFailsWithTheReason() throws Exception {
        Ticket ticket = new Ticket("ko");
        created(ticket);
        message(ticket, UUID.randomUUID(), "FINAL_REPLY", "TEXT", "첨부 확인 부탁드립니다.", null,
                List.of(new Attachment(UUID.randomUUID(), "gone.png", "image/png", 10)));
        JsonNode failed = outcome(ticket, "MailFailed");
        assertTrue(failed.at("/data/reason").asText().contains("gone.png"), failed.toString());
        assertTrue(failed.at("/data/reason").asText().contains("HTTP 404"), failed.toString());
        assertEquals(0, mails(ticket).size(), "never without the file the operator attached");
    }

    @Test
    void commentsAndCustomerMessagesAreNotMailed() throws Exception {
        Ticket ticket = new Ticket("ko");
        created(ticket);
        message(ticket, UUID.randomUUID(), "INTERNAL_COMMENT", "TEXT", "내부 메모", null, List.of());
        Ticket marker = new Ticket("ko");
        created(marker);
        message(marker, UUID.randomUUID(), "FINAL_REPLY", "TEXT", "답변", null, List.of());
        theOnlyMail(marker);
        assertEquals(0, mails(ticket).size());
    }

    @Test
    @TestSecurity(user = "otto", roles = "agent")
    void aPreviewIsTheMailTheCustomerWouldGetWithForbiddenWordsMarkedThatMarkupCannotHide() {
        Ticket ticket = new Ticket("en");
        created(ticket);
        awaitTicketKnown(ticket);
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select forbidden_words from service_copy where code = :code").setParameter("code", SERVICE)
                .getSingleResult().toString().contains("baka")));
        Map<String, Object> draft = Map.of("ticketId", ticket.id, "type", "RESOLVE",
                "body", "<p>Don't be a <b>ba</b>ka, &#48148;보 is fine.</p>", "bodyFormat", "HTML");

        String text = given().contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/notifications/mail-previews").then().statusCode(200)
                .body("to", equalTo("kim.minji@example.com"))
                .body("subject", equalTo("[" + ticket.number + "] 결제 문의"))
                .body("html", containsString("Dear Kim Minji,"))
                .body("html", containsString("<b>ba</b>ka"))
                .body("markedHtml", containsString(
                        "<b><mark class=\"forbidden-word\">ba</mark></b><mark class=\"forbidden-word\">ka</mark>"))
                .body("forbiddenWords.word", equalTo(List.of("baka", "바보")))
                .extract().path("text");
        List<Integer> starts = given().contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/notifications/mail-previews").then().extract().path("forbiddenWords.start");
        assertEquals("baka", text.substring(starts.get(0), starts.get(0) + 4), "offsets point into the text part");
        assertEquals("바보", text.substring(starts.get(1), starts.get(1) + 2));

        given().contentType(ContentType.JSON).body(Map.of("ticketId", ticket.id, "type", "HOLD", "body", "All good.",
                        "bodyFormat", "TEXT"))
                .when().post("/api/v1/notifications/mail-previews").then().statusCode(200)
                .body("forbiddenWords", hasSize(0)).body("html", containsString("We will get back to you."));
        assertEquals(0, mails(ticket).size(), "a preview sends nothing");
    }

    @Test
    @TestSecurity(user = "otto", roles = "agent")
    void aBadPreviewRequestNamesEachField() {
        given().contentType(ContentType.JSON).body("{\"type\":\"FINAL\",\"bodyFormat\":\"RTF\"}")
                .when().post("/api/v1/notifications/mail-previews").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("ticketId", "type", "body", "bodyFormat")));
        given().contentType(ContentType.JSON).body(Map.of("ticketId", UUID.randomUUID(), "type", "HOLD", "body", "x"))
                .when().post("/api/v1/notifications/mail-previews").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "stranger", roles = "agent")
    void someoneOutsideTheServiceCannotPreviewItsTickets() {
        Ticket ticket = new Ticket("ko");
        created(ticket);
        awaitTicketKnown(ticket);
        given().contentType(ContentType.JSON).body(Map.of("ticketId", ticket.id, "type", "HOLD", "body", "x"))
                .when().post("/api/v1/notifications/mail-previews").then().statusCode(404)
                .contentType("application/problem+json");
    }

    // --- helpers

    /** The delivery's stored HTML and text bodies, one after the other. */
    String storedBodies(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "select html_body, text_body from delivery where id = :id").setParameter("id", deliveryId)
                    .getSingleResult();
            return row[0] + "\n" + row[1];
        });
    }

    void awaitTicketKnown(Ticket ticket) {
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from ticket_copy where ticket_id = :id").setParameter("id", ticket.id)
                .getSingleResult().toString().equals("1")));
    }

    record Ticket(UUID id, String number, String language, String email, String title, String customerName) {
        Ticket(String language) {
            this(language, "kim.minji@example.com");
        }

        Ticket(String language, String email) {
            this(language, email, "결제 문의", "Kim Minji");
        }

        Ticket(String language, String email, String title, String customerName) {
            this(UUID.randomUUID(), SERVICE + "-" + NUMBERS.incrementAndGet(), language, email, title, customerName);
        }
    }

    record Attachment(UUID id, String fileName, String contentType, long size) {
    }

    void created(Ticket ticket) {
        String data = """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","title":%s,"content":"결제가 두 번 되었습니다.",
                 "channel":"EMAIL","status":"UNASSIGNED","customer":{"email":%s,"name":%s},
                 "createdBy":"customer","createdAt":"%s","language":"%s"}""".formatted(ticket.id, ticket.number,
                SERVICE, json(ticket.title), json(ticket.email), json(ticket.customerName), Instant.now(), ticket.language);
        send("TicketCreated", ticket, data);
    }

    /** Sends a MessageAdded and returns the record, to send it again. */
    String message(Ticket ticket, UUID messageId, String type, String format, String body, String mailMessageId,
                   List<Attachment> attachments) throws Exception {
        String files = JSON.writeValueAsString(attachments);
        String data = """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","title":%s,"messageId":"%s","type":"%s",
                 "author":"alma","bodyFormat":"%s","body":%s,"customer":{"email":%s,"name":%s},
                 "status":"RESOLVED","createdAt":"%s","language":"%s","mailMessageId":%s,"attachments":%s}""".formatted(
                ticket.id, ticket.number, SERVICE, json(ticket.title), messageId, type, format, json(body), json(ticket.email),
                json(ticket.customerName), Instant.now(), ticket.language,
                mailMessageId == null ? "null" : "\"" + mailMessageId + "\"", files);
        return send("MessageAdded", ticket, data);
    }

    static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String send(String type, Ticket ticket, String data) {
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/ticket-service", type,
                ticket.id.toString(), data);
        EventContract.assertValid(record);
        connector.source("ticket-events").send(record);
        return record;
    }

    /** The MailSent or MailFailed published about the ticket, checked against its contract. */
    JsonNode outcome(Ticket ticket, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> outcomes(ticket, type).size() == 1);
        return outcomes(ticket, type).get(0);
    }

    List<JsonNode> outcomes(Ticket ticket, String type) {
        return PublishedEvents.of(connector, type, event -> event.path("subject").asText().equals(ticket.id.toString()));
    }

    List<MimeMessage> mails(Ticket ticket) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> MailDeliveryTest.subject(m).contains("[" + ticket.number + "]")).toList();
    }

    MimeMessage theOnlyMail(Ticket ticket) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !mails(ticket).isEmpty());
        List<MimeMessage> mails = mails(ticket);
        assertEquals(1, mails.size(), "mails of " + ticket.number);
        return mails.get(0);
    }

    static String id(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(Part part, String type) throws Exception {
        return MailDeliveryTest.part(part, type);
    }

    static BodyPart attachmentOf(MimeMessage mail) throws Exception {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(mixed.getBodyPart(i).getDisposition())) {
                return mixed.getBodyPart(i);
            }
        }
        throw new AssertionError("no attachment");
    }
}
