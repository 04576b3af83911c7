package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.PublishedEvents;
import io.switchboard.notification.ServiceEvents;
import io.switchboard.notification.inbound.application.InboundMails;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail read over real IMAP (GreenMail) from an account an admin configured, as ticket-service will see it. */
@QuarkusTest
class InboundMailTest {

    static final String SERVICE = "INMAIL";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    InboundMails inboundMails;

    String mailbox;
    GreenMailUser user;

    @BeforeEach
    void aMailboxOfTheService() {
        ServiceEvents.publish(connector, entityManager, SERVICE, Map.of("alma", "ADMIN"));
        mailbox = "inbox-" + UUID.randomUUID().toString().substring(0, 8) + "@inmail.example.com";
        user = greenMail.setUser(mailbox, mailbox, "imap-password");
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aNewMailIsPublishedWithItsFilesWhichOnlyTicketServiceMayFetch() throws Exception {
        connect();
        String id = "<new-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(id, "kim.minji@example.com", "=?UTF-8?B?" + b64("결제 문의") + "?=", """
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --b1
                Content-Type: application/pdf; name="receipt.pdf"
                Content-Disposition: attachment; filename="receipt.pdf"
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(b64("결제가 두 번 되었습니다."), b64("%PDF-1.7 receipt"))));

        JsonNode received = received(id);
        assertEquals(SERVICE, received.at("/data/serviceCode").asText());
        assertEquals("kim.minji@example.com", received.at("/data/from/address").asText());
        assertEquals("결제 문의", received.at("/data/subject").asText());
        assertEquals("결제가 두 번 되었습니다.", received.at("/data/text").asText());
        assertEquals("receipt.pdf", received.at("/data/attachments/0/fileName").asText());
        assertEquals(SERVICE + ":kim.minji@example.com", received.at("/subject").asText(), "keyed by sender");
        String mailId = received.at("/data/mailId").asText();

        String file = "/api/v1/notifications/inbound-mails/" + mailId + "/attachments/0";
        given().when().get(file).then().statusCode(403).contentType("application/problem+json");
        byte[] bytes = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager.createNativeQuery(
                "select content from inbound_attachment where mail_id = :id").setParameter("id", UUID.fromString(mailId))
                .getSingleResult());
        assertEquals("%PDF-1.7 receipt", new String(bytes, StandardCharsets.US_ASCII));
    }

    @Test
    @TestSecurity(user = "ticket-service", roles = "service")
    void ticketServiceFetchesAFileByItsIndex() throws Exception {
        String id = "<file-" + UUID.randomUUID() + "@mail.example.net>";
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into imap_account (id, service_code, host, port, tls, username, folder, enabled, created_at)
                values (:id, :service, '127.0.0.1', :port, false, :user, 'INBOX', true, now())""")
                .setParameter("id", UUID.randomUUID()).setParameter("service", SERVICE)
                .setParameter("port", greenMail.getImap().getPort()).setParameter("user", mailbox).executeUpdate());
        deliver(mail(id, "kim.minji@example.com", "file", """
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                see file
                --b1
                Content-Type: image/png; name="=?UTF-8?B?%s?="
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(b64("스크린샷.png"), b64("PNG bytes"))));
        String mailId = received(id).at("/data/mailId").asText();
        byte[] body = given().when().get("/api/v1/notifications/inbound-mails/" + mailId + "/attachments/0")
                .then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", equalTo("attachment; filename*=UTF-8''%EC%8A%A4%ED%81%AC%EB%A6%B0%EC%83%B7.png"))
                .extract().asByteArray();
        assertEquals("PNG bytes", new String(body, StandardCharsets.US_ASCII));
        given().when().get("/api/v1/notifications/inbound-mails/" + mailId + "/attachments/7").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void japaneseAndKoreanMailDecodes() throws Exception {
        connect();
        String jp = "<jp-" + UUID.randomUUID() + "@mail.example.jp>";
        String kr = "<kr-" + UUID.randomUUID() + "@mail.example.kr>";
        deliver(bytes(mail(jp, "yamada@example.jp", "=?ISO-2022-JP?B?" + b64("二重請求", "ISO-2022-JP") + "?=",
                "Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n"), "二重請求されました。①", "x-windows-iso2022jp")); // as Japanese mailers write it (CP50220)
        deliver(bytes(mail(kr, "kim@example.kr", "=?EUC-KR?B?" + b64("결제 문의", "EUC-KR") + "?=",
                "Content-Type: text/plain; charset=EUC-KR\nContent-Transfer-Encoding: 8bit\n\n"), "결제가 두 번 되었습니다.", "EUC-KR"));
        assertEquals("二重請求", received(jp).at("/data/subject").asText());
        assertEquals("二重請求されました。①", received(jp).at("/data/text").asText());
        assertEquals("결제 문의", received(kr).at("/data/subject").asText());
        assertEquals("결제가 두 번 되었습니다.", received(kr).at("/data/text").asText());
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aMailThatDecodesToNulCharactersIsStillPublishedWithoutThem() throws Exception {
        connect();
        String id = "<nul-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(id, "kim.minji@example.com", "=?UTF-8?B?" + b64("결제\u0000 문의") + "?=",
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64("두 번\u0000 결제")));
        String next = "<after-nul-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(next, "kim.minji@example.com", "next", "Content-Type: text/plain\n\nread on"));
        JsonNode received = received(id);
        assertEquals("결제 문의", received.at("/data/subject").asText());
        assertEquals("두 번 결제", received.at("/data/text").asText());
        received(next);
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void autoRepliesAndDuplicatesAreNotPublished() throws Exception {
        connect();
        String auto = "<ooo-" + UUID.randomUUID() + "@mail.example.net>";
        String twice = "<twice-" + UUID.randomUUID() + "@mail.example.net>";
        String marker = "<marker-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(auto, "kim.minji@example.com", "Out of office", "Auto-Submitted: auto-replied\n"
                + "Content-Type: text/plain\n\nI am away."));
        deliver(mail(twice, "kim.minji@example.com", "Hello", "Content-Type: text/plain\n\nonce"));
        deliver(mail(twice, "kim.minji@example.com", "Hello", "Content-Type: text/plain\n\nonce"));
        deliver(mail(marker, "kim.minji@example.com", "marker", "Content-Type: text/plain\n\nlast"));
        received(marker);
        assertEquals(1, events("MailReceived", twice).size(), "a duplicate is ignored");
        assertEquals(0, events("MailReceived", auto).size(), "an auto-reply never reaches a ticket");
        assertEquals(List.of("IGNORED"), statuses(auto));
        assertEquals(List.of("IMPORTED", "DUPLICATE"), statuses(twice));
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void unreadableAndOversizedMailIsQuarantinedAloneAndAnAdminReleasesIt() throws Exception {
        connect();
        String bad = "<bad-" + UUID.randomUUID() + "@mail.example.net>";
        String big = "<big-" + UUID.randomUUID() + "@mail.example.net>";
        String next = "<next-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(bad, "kim.minji@example.com", "broken", "Content-Type: text/plain; charset=x-unknown-foo\n\nhello"));
        deliver(mail(big, "kim.minji@example.com", "huge", "Content-Type: text/plain\n\n" + "x".repeat(300_000)));
        deliver(mail(next, "kim.minji@example.com", "next", "Content-Type: text/plain\n\nstill read"));
        assertEquals("still read", received(next).at("/data/text").asText());

        List<Map<String, Object>> items = given().when().get("/api/v1/notifications/quarantined-mails?serviceCode=" + SERVICE)
                .then().statusCode(200).extract().path("items");
        Map<String, Object> broken = items.stream().filter(i -> "broken".equals(i.get("subject"))).findFirst().orElseThrow();
        Map<String, Object> huge = items.stream().filter(i -> "huge".equals(i.get("subject"))).findFirst().orElseThrow();
        assertEquals("UNDECODABLE_CHARSET", broken.get("reason"));
        assertEquals("TOO_LARGE", huge.get("reason"));
        given().when().get("/api/v1/notifications/quarantined-mails/" + huge.get("id")).then().statusCode(200)
                .body("headers.name", hasItem("Message-ID")).body("from", equalTo("kim.minji@example.com"));

        given().when().post("/api/v1/notifications/quarantined-mails/" + broken.get("id") + "/release").then().statusCode(202);
        await().until(() -> !events("MailReceived", null).stream()
                .filter(e -> e.at("/data/mailId").asText().equals(broken.get("id"))).toList().isEmpty());
        given().when().post("/api/v1/notifications/quarantined-mails/" + broken.get("id") + "/release").then().statusCode(409)
                .contentType("application/problem+json");
        given().when().delete("/api/v1/notifications/quarantined-mails/" + huge.get("id")).then().statusCode(204);
        given().when().get("/api/v1/notifications/quarantined-mails/" + huge.get("id")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aMailboxLeasedByAnotherInstanceIsNotReadUntilTheLeaseRunsOut() throws Exception {
        String account = connect();
        String first = "<first-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(first, "kim.minji@example.com", "first", "Content-Type: text/plain\n\none"));
        received(first);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update imap_account set lease_owner = 'another-instance', lease_until = now() + interval '3 seconds' where id = :id")
                .setParameter("id", UUID.fromString(account)).executeUpdate());
        String second = "<second-" + UUID.randomUUID() + "@mail.example.net>";
        deliver(mail(second, "kim.minji@example.com", "second", "Content-Type: text/plain\n\ntwo"));
        received(second);
        assertEquals(1, events("MailReceived", first).size(), "the position survived the hand-over: read once");
    }

    @Test
    void filesAndRecordsPastTheirRetentionArePurgedButQuarantinedMailStays() {
        UUID old = UUID.randomUUID();
        UUID quarantined = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into inbound_mail (id, service_code, mailbox, size, status, received_at) values
                    (:old, :service, 'box', 1, 'IMPORTED', now() - interval '200 days'),
                    (:quarantined, :service, 'box', 1, 'QUARANTINED', now() - interval '200 days')""")
                    .setParameter("old", old).setParameter("quarantined", quarantined).setParameter("service", SERVICE)
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    insert into inbound_attachment (mail_id, idx, file_name, content_type, size, content)
                    values (:old, 0, 'a.txt', 'text/plain', 1, 'x')""").setParameter("old", old).executeUpdate();
        });
        inboundMails.purgeOld();
        assertEquals(List.of(), statusesOf(old));
        assertEquals(List.of("QUARANTINED"), statusesOf(quarantined));
    }

    // --- helpers

    @SuppressWarnings("unchecked")
    List<String> statusesOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select status from inbound_mail where id = :id").setParameter("id", id).getResultList());
    }

    /** The admin adds the mailbox as the service's IMAP account; returns its id. */
    String connect() {
        return given().contentType(ContentType.JSON).body(Map.of("host", "127.0.0.1", "port", greenMail.getImap().getPort(),
                        "tls", false, "username", mailbox, "password", "imap-password"))
                .when().post("/api/v1/notifications/services/" + SERVICE + "/imap-accounts").then().statusCode(201)
                .extract().path("id");
    }

    static String mail(String messageId, String from, String subject, String rest) {
        return ("Message-ID: " + messageId + "\nFrom: Kim <" + from + ">\nTo: cs@inmail.example.com\nSubject: " + subject
                + "\nDate: Tue, 1 Dec 2026 10:00:00 +0900\nMIME-Version: 1.0\n" + rest).replace("\n", "\r\n");
    }

    static byte[] bytes(String head, String body, String charset) {
        byte[] a = head.getBytes(StandardCharsets.US_ASCII);
        byte[] b = body.getBytes(Charset.forName(charset));
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    void deliver(String raw) throws Exception {
        deliver(raw.getBytes(StandardCharsets.UTF_8));
    }

    void deliver(byte[] raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        greenMail.getManagers().getImapHostManager().getInbox(user).store(message);
    }

    static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(String text, String charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(Charset.forName(charset)));
    }

    JsonNode received(String messageId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !events("MailReceived", messageId).isEmpty());
        return events("MailReceived", messageId).get(0);
    }

    /** Published events of the type, of that Message-ID (any when null). */
    List<JsonNode> events(String type, String messageId) {
        return PublishedEvents.of(connector, type,
                event -> messageId == null || event.at("/data/messageId").asText().equals(messageId));
    }

    @SuppressWarnings("unchecked")
    List<String> statuses(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select status from inbound_mail where message_id = :id order by received_at").setParameter("id", messageId)
                .getResultList());
    }


}
