package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.ServiceEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailSettingsTest {

    static final String SERVICE = "MAILSET";
    static final String BASE = "/api/v1/notifications/services/" + SERVICE;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    @BeforeEach
    void serviceWithAdminAndOperator() {
        ServiceEvents.publish(connector, entityManager, SERVICE, Map.of("alma", "ADMIN", "otto", "OPERATOR"));
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void anAdminSetsTheSenderAndBadAddressesAreNamed() {
        given().contentType(ContentType.JSON).body("""
                {"senderName":"MailSet 고객센터","senderAddress":"Help@MailSet.example.com","inboundAddress":"in@mailset.example.com"}""")
                .when().put(BASE + "/mail-settings").then().statusCode(200)
                .body("senderName", equalTo("MailSet 고객센터")).body("senderAddress", equalTo("help@mailset.example.com"))
                .body("languages", equalTo(List.of("ko", "en"))).body("defaultLanguage", equalTo("ko"))
                .body("placeholders", hasItem("{{content}}"));
        given().contentType(ContentType.JSON).body("""
                {"senderName":"x","senderAddress":"not an address","inboundAddress":"in@@x"}""")
                .when().put(BASE + "/mail-settings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("senderAddress", "inboundAddress")));
        given().contentType(ContentType.JSON).when().put(BASE + "/mail-settings").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get(BASE + "/mail-settings").then().statusCode(200)
                .body("senderAddress", equalTo("help@mailset.example.com")); // the refused change wrote nothing
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aLayoutMustContainTheContentPlaceholderOnceAndKnownCodesOnly() {
        for (String bad : List.of("<p>Hello</p>", "{{content}}{{content}}", "<p>{{customer.nickname}}</p>{{content}}", "   ")) {
            given().contentType(ContentType.JSON).body(Map.of("html", bad))
                    .when().put(BASE + "/mail-layouts/RESOLVE/ko").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("html"));
        }
        given().contentType(ContentType.JSON).body(Map.of("html", "{{content}}"))
                .when().put(BASE + "/mail-layouts/FINAL/ko").then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body(Map.of("html", "{{content}}"))
                .when().put(BASE + "/mail-layouts/RESOLVE/<b>").then().statusCode(400).body("errors[0].field", equalTo("language"));

        given().contentType(ContentType.JSON)
                .body(Map.of("html", "<p onclick=\"steal()\" style=\"color:red\">{{customer.name}} 様</p><script>x()</script>{{ content }}"))
                .when().put(BASE + "/mail-layouts/hold/ja").then().statusCode(200)
                .body("type", equalTo("HOLD")).body("html", not(containsString("script")))
                .body("html", not(containsString("onclick"))).body("html", containsString("style=\"color:red\""));
        given().when().get(BASE + "/mail-settings").then().statusCode(200)
                .body("layouts.findAll { it.language == 'ja' }", hasSize(1));
        given().when().delete(BASE + "/mail-layouts/HOLD/ja").then().statusCode(204);
        given().when().delete(BASE + "/mail-layouts/HOLD/ja").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void aChangeNamesTheVersionItWasMadeOnAndOneSomeoneElseChangedIsRefused() {
        String base = "/api/v1/notifications/services/MAILVER";
        ServiceEvents.publish(connector, entityManager, "MAILVER", Map.of("alma", "ADMIN"));
        String sender = """
                {"senderName":"V","senderAddress":"v@example.com","inboundAddress":"v@example.com"}""";
        given().when().get(base + "/mail-settings").then().statusCode(200).body("version", equalTo(0));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sender)
                .when().put(base + "/mail-settings").then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(sender.replace("\"V\"", "\"late\""))
                .when().put(base + "/mail-settings").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/stale-version"))
                .body("detail", equalTo("The mail settings of MAILVER has changed (version 1, you sent 0); "
                        + "reload it and try again."));
        given().contentType(ContentType.JSON).header("If-Match", "soon").body(sender)
                .when().put(base + "/mail-settings").then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        given().when().get(base + "/mail-settings").then().body("senderName", equalTo("V")).body("version", equalTo(1));

        Map<String, String> layout = Map.of("html", "{{content}}");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(layout)
                .when().put(base + "/mail-layouts/RESOLVE/ko").then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(layout)
                .when().put(base + "/mail-layouts/RESOLVE/ko").then().statusCode(409).body("type", endsWith("/stale-version"));
        given().header("If-Match", "\"0\"").when().delete(base + "/mail-layouts/RESOLVE/ko").then().statusCode(409);
        given().header("If-Match", "\"1\"").when().delete(base + "/mail-layouts/RESOLVE/ko").then().statusCode(204);

        String id = given().contentType(ContentType.JSON).body("""
                {"host":"imap.example.com","port":993,"tls":true,"username":"v@example.com","password":"pw","enabled":false}""")
                .when().post(base + "/imap-accounts").then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body("""
                {"host":"imap.example.com","port":993,"tls":true,"username":"v@example.com","folder":"Support","enabled":false}""")
                .when().put(base + "/imap-accounts/" + id).then().statusCode(200).body("version", equalTo(2));
        given().header("If-Match", "\"1\"").when().delete(base + "/imap-accounts/" + id).then().statusCode(409)
                .body("type", endsWith("/stale-version"));
        given().header("If-Match", "\"2\"").when().delete(base + "/imap-accounts/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void anImapPasswordIsStoredSealedAndNeverReturned() {
        given().contentType(ContentType.JSON).body("""
                {"host":"imap.example.com","port":993,"tls":true,"username":"cs@example.com"}""")
                .when().post(BASE + "/imap-accounts").then().statusCode(400).body("errors[0].field", equalTo("password"));
        given().contentType(ContentType.JSON).body("""
                {"host":"bad host!","port":0,"username":"","password":"x"}""")
                .when().post(BASE + "/imap-accounts").then().statusCode(400)
                .body("errors.field", equalTo(List.of("host", "port", "tls", "username")));

        String id = given().contentType(ContentType.JSON).body("""
                {"host":"imap.example.com","port":993,"tls":true,"username":"cs@example.com","password":"s3cret-imap"}""")
                .when().post(BASE + "/imap-accounts").then().statusCode(201)
                .body("passwordSet", equalTo(true)).body("folder", equalTo("INBOX")).body("password", nullValue())
                .extract().path("id");
        String sealed = ciphertext(id);
        assertNotNull(sealed);
        assertFalse(sealed.contains("s3cret"), "sealed, not stored in clear");
        given().when().get(BASE + "/mail-settings").then().statusCode(200)
                .body(not(containsString("s3cret"))).body("imapAccounts[0].passwordSet", equalTo(true));

        given().contentType(ContentType.JSON).body("""
                {"host":"imap.example.com","port":143,"tls":false,"username":"cs@example.com","folder":"Support"}""")
                .when().put(BASE + "/imap-accounts/" + id).then().statusCode(200)
                .body("port", equalTo(143)).body("folder", equalTo("Support")).body("passwordSet", equalTo(true));
        assertEquals(sealed, ciphertext(id), "no password given: the stored one stays");

        given().when().delete(BASE + "/imap-accounts/" + id).then().statusCode(204);
        given().when().delete(BASE + "/imap-accounts/" + id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alma", roles = "agent")
    void anImapServerOnAnInternalAddressIsRefusedInEverySpelling() {
        // the tests allow 127.0.0.1/32 (GreenMail); everything else internal stays refused
        for (String host : List.of("169.254.169.254", "10.0.0.5", "localhost", "0x0a.0.0.1", "[::ffff:127.0.0.1]",
                "metadata.localhost.", "[fd00::1]")) {
            given().contentType(ContentType.JSON).body(Map.of("host", host, "port", 993, "tls", true,
                            "username", "cs@example.com", "password", "x"))
                    .when().post(BASE + "/imap-accounts").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("host")))
                    .body("errors[0].message", startsWith("must be a public mail server: "));
        }
        String id = given().contentType(ContentType.JSON).body("""
                {"host":"imap.example.com","port":993,"tls":true,"username":"ssrf@example.com","password":"x"}""")
                .when().post(BASE + "/imap-accounts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                {"host":"192.168.0.10","port":143,"tls":false,"username":"ssrf@example.com"}""")
                .when().put(BASE + "/imap-accounts/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("host"))
                .body("errors[0].message", containsString("192.168.0.10 is a private address"));
        given().when().get(BASE + "/mail-settings").then().statusCode(200)
                .body("imapAccounts.find { it.id == '" + id + "' }.host", equalTo("imap.example.com"));
        given().when().delete(BASE + "/imap-accounts/" + id).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "otto", roles = "agent")
    void anOperatorMayNotChangeMailSettings() {
        given().when().get(BASE + "/mail-settings").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("html", "{{content}}"))
                .when().put(BASE + "/mail-layouts/RESOLVE/ko").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("to", "otto@example.com"))
                .when().post(BASE + "/test-mail").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "agent")
    void aNonMemberDoesNotLearnTheServiceExists() {
        given().when().get(BASE + "/mail-settings").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anOrgAdminSendsATestMailAndLearnsWhenSmtpIsDown() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("to", "root@example.com"))
                .when().post(BASE + "/test-mail").then().statusCode(200)
                .body("delivered", equalTo(true)).body("error", nullValue());
        MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> MailDeliveryTest.subject(m).equals("[" + SERVICE + "-0] Switchboard test mail")).findFirst()
                .orElseThrow();
        assertTrue(MailDeliveryTest.part(mail, "text/html").contains("This is a test mail from Switchboard"));

        greenMail.stop();
        try {
            given().contentType(ContentType.JSON).body(Map.of("to", "root@example.com"))
                    .when().post(BASE + "/test-mail").then().statusCode(200)
                    .body("delivered", equalTo(false)).body("error", containsString("onnect"));
        } finally {
            greenMail.start();
        }
        given().contentType(ContentType.JSON).body(Map.of("to", "nobody"))
                .when().post(BASE + "/test-mail").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    String ciphertext(String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select password_ciphertext from imap_account where id = :id")
                .setParameter("id", UUID.fromString(accountId)).getSingleResult());
    }
}
