package io.switchboard.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** The running local stack as a client sees it: the gateway, Keycloak tokens, GreenMail's IMAP. */
final class Stack {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String TOKEN_URL = "http://127.0.0.1:8180/realms/switchboard/protocol/openid-connect/token";
    static final Path ROOT = Path.of(System.getProperty("switchboard.root", "../..")).toAbsolutePath().normalize();

    private Stack() {
    }

    /** A real access token of a demo user (password grant of the local-only switchboard-cli client). */
    static String userToken(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "switchboard-cli")
                .formParam("username", username).formParam("password", "demo")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** A client-credentials token of the demo integration client. */
    static String integrationToken() {
        return clientToken("demo-integration", "demo-integration-secret");
    }

    /** A client-credentials token of a client of the local realm. */
    static String clientToken(String clientId, String secret) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    /** A client-credentials token of the local stack's rate-limit-probe client (no roles; gateway limit 5/min). */
    static String probeToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "rate-limit-probe")
                .formParam("client_secret", "rate-limit-probe-secret")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().baseUri(GATEWAY).auth().oauth2(token);
    }

    static String newTicket(String title) {
        return """
                {"title": "%s", "content": "고객 문의: 결제가 두 번 되었습니다. 二重請求されました。",
                 "customer": {"email": "kim.minji@example.com", "name": "Kim Minji"}}""".formatted(title);
    }

    /** Subjects of the mails in a GreenMail mailbox (authentication is off: any password works). */
    static List<String> mailSubjects(String address) {
        return inMailbox(address, inbox -> {
            Message[] messages = inbox.getMessages();
            FetchProfile envelope = new FetchProfile();
            envelope.add(FetchProfile.Item.ENVELOPE); // headers only, in one round trip: mailboxes grow large
            inbox.fetch(messages, envelope);
            List<String> subjects = new ArrayList<>();
            for (Message message : messages) {
                subjects.add(message.getSubject());
            }
            return subjects;
        });
    }

    /** The mails in a GreenMail mailbox, as copies that outlive the connection (which logs out every time). */
    static List<MimeMessage> mails(String address) {
        return inMailbox(address, inbox -> {
            List<MimeMessage> mails = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                mails.add(new MimeMessage((MimeMessage) message));
            }
            return mails;
        });
    }

    interface MailboxRead<T> {
        T from(Folder inbox) throws MessagingException;
    }

    private static <T> T inMailbox(String address, MailboxRead<T> read) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", "3143");
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(address, "any-password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                T result = read.from(inbox);
                inbox.close(false);
                return result;
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** Runs a command from the repository root; returns its exit code, output goes to the given log. */
    static int run(Path log, Duration timeout, String... command) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                        + "; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
