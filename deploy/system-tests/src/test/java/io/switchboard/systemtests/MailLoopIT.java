package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole mail loop on the real stack: a customer's mail to the CS address becomes a routed EMAIL ticket, the
 * operator's final reply with a file reaches the customer in CS's layout, threaded, and the customer's answer
 * to it reopens the ticket with the quote cut off — through the gateway with real Keycloak tokens, over
 * GreenMail's real SMTP and IMAP.
 */
class MailLoopIT {

    static final String CS_ADDRESS = "cs@switchboard.local";

    @Test
    void aCustomersMailBecomesATicketTheReplyReachesThemAndTheirAnswerReopensIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String customer = "mail-loop-" + tag + "@example.com";
        String subject = "환불 요청 " + tag;
        String firstId = "<first-" + tag + "@mail.example.com>";
        send(customer, subject, firstId, null, "결제가 두 번 되었습니다. 二重請求されました。");

        String bob = Stack.userToken("bob");
        String carol = Stack.userToken("carol");
        JsonPath ticket = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> find(bob, subject), Optional::isPresent).get();
        String id = ticket.getString("id");
        String number = ticket.getString("number");
        assertEquals("EMAIL", ticket.getString("channel"));
        assertEquals(customer, ticket.getString("customer.email"));
        JsonPath routed = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().jsonPath(),
                        t -> "IN_PROGRESS".equals(t.getString("status")));
        String assignee = routed.getString("assignee.username");
        String token = Map.of("bob", bob, "carol", carol).get(assignee);
        assertNotNull(token, "the demo trigger assigns CS tickets to bob or carol, not " + assignee);

        byte[] pdf = "%PDF-1.7\n% refund receipt\n".getBytes(StandardCharsets.US_ASCII);
        String file = as(token).multiPart("file", "영수증.pdf", pdf, "application/pdf")
                .when().post("/api/v1/tickets/" + id + "/attachments").then().statusCode(201).extract().path("id");
        as(token).contentType(ContentType.JSON)
                .body("{\"body\": \"<p>환불 처리되었습니다. <b>3일</b> 안에 입금됩니다.</p>\", \"format\": \"HTML\", "
                        + "\"attachments\": [\"" + file + "\"]}")
                .when().post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));

        MimeMessage reply = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsTo(customer, "[" + number + "]"), mails -> !mails.isEmpty()).get(0);
        assertEquals("[" + number + "] " + subject, reply.getSubject());
        assertEquals(firstId, reply.getHeader("In-Reply-To", null), "threaded to the customer's mail");
        assertTrue(MimeUtility.decodeText(reply.getHeader("From", null)).contains(CS_ADDRESS));
        assertTrue(text(reply, "text/html").contains("<b>3일</b>"));
        assertTrue(text(reply, "text/plain").contains("Kim") || text(reply, "text/plain").contains("고객님"),
                "in CS's (Korean) layout");
        assertArrayEquals(pdf, attachment(reply));
        String ours = reply.getMessageID();

        List<String> events = as(token).get("/api/v1/tickets/" + id + "/events").then().extract().path("type");
        await().atMost(Duration.ofSeconds(20)).until(() -> as(token).get("/api/v1/tickets/" + id + "/events").then()
                .extract().<List<String>>path("type").contains("MAIL_SENT"));

        send(customer, "Re: [" + number + "] " + subject, "<second-" + tag + "@mail.example.com>", ours,
                "아직도 두 번 청구되어 있습니다.\n\n2026년 12월 1일 (화) 오전 10:00, Switchboard CS <" + CS_ADDRESS
                        + ">님이 작성:\n> 환불 처리되었습니다.\n");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(token).get("/api/v1/tickets/" + id).then().extract().path("status"), "IN_PROGRESS"::equals);
        List<Map<String, Object>> messages = as(token).get("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                .extract().path("");
        Map<String, Object> reinquiry = messages.get(messages.size() - 1);
        assertEquals("CUSTOMER_REINQUIRY", reinquiry.get("type"));
        String body = String.valueOf(reinquiry.get("body"));
        assertTrue(body.contains("아직도 두 번 청구되어 있습니다."), body);
        assertFalse(body.contains("환불 처리되었습니다"), "the quoted reply is cut off: " + body);
        assertEquals(1, mailsTo(customer, "[" + number + "]").size(), "the reply was mailed once; " + events);
    }

    @Test
    void notificationServiceKilledWhileReadingTheMailboxLosesNoMailAndImportsNoneTwice() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String customer = "mail-crash-" + tag + "@example.com";
        int count = 200;
        Path log = Stack.ROOT.resolve("deploy/system-tests/target/mail-crash.log");
        try {
            for (int i = 0; i < count; i++) {
                if (i == count / 2) {
                    long pid = Long.parseLong(Files.readString(Stack.ROOT.resolve(".switchboard/pids/notification-service.pid")).strip());
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // kill -9, mid-import
                }
                send(customer, "crash " + tag + " #" + i, "<crash-" + i + "-" + tag + "@mail.example.com>", null, "mail " + i);
            }
        } finally {
            assertEquals(0, Stack.run(log, Duration.ofMinutes(3), "./switchboard", "start", "notification-service"),
                    Stack.tail(log));
        }
        String bob = Stack.userToken("bob");
        Map<String, Long> seen = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> titles(bob, "crash " + tag + " #"), titles -> titles.size() == count);
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "each mail is one ticket: " + seen);
    }

    /** How many tickets have each title starting with the prefix (all of the caller's pages). */
    static Map<String, Long> titles(String token, String prefix) {
        Map<String, Long> counts = new java.util.HashMap<>();
        String cursor = null;
        do {
            JsonPath page = as(token).get("/api/v1/tickets?view=all&limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            for (String title : page.<String>getList("items.title")) {
                if (title.startsWith(prefix)) {
                    counts.merge(title, 1L, Long::sum);
                }
            }
            cursor = page.getString("next");
        } while (cursor != null);
        return counts;
    }

    static void send(String from, String subject, String messageId, String inReplyTo, String text) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", "3025");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(new InternetAddress(from, "Kim Minji", "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(CS_ADDRESS));
        message.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    /** The ticket with that title, newest first in bob's view of all tickets. */
    static Optional<JsonPath> find(String token, String title) {
        List<Map<String, Object>> items = as(token).get("/api/v1/tickets?view=all&limit=100").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(t -> title.equals(t.get("title"))).findFirst()
                .map(t -> as(token).get("/api/v1/tickets/" + t.get("id")).then().statusCode(200).extract().jsonPath());
    }

    /** Mails in the address's GreenMail mailbox whose subject contains the text. */
    static List<MimeMessage> mailsTo(String address, String subjectPart) {
        return Stack.mails(address).stream().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String text(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static byte[] attachment(MimeMessage mail) throws MessagingException, IOException {
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no attachment in " + mail.getSubject());
    }
}
