package io.switchboard.ticket.attachment.api;

import static io.switchboard.ticket.Db.rows;
import static io.switchboard.ticket.Db.insertTicket;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.Uploads;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentApiTest {

    static final byte[] PNG = Uploads.PNG;
    static final String NEW_TICKET = """
            {"title": "Broken screen", "content": "See the photo.", "customer": {"email": "lee@example.com"}}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void aKoreanNamedFileMakesTheRoundTrip() throws Exception {
        String ticket = createTicket();
        byte[] content = "안녕하세요, 영수증을 첨부합니다.\n".getBytes(StandardCharsets.UTF_8);
        String name = "영수증 2026年.txt";
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        String location = upload(name, content, "text/plain").then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/tickets/" + ticket + "/attachments/[0-9a-f-]{36}"))
                .body("fileName", equalTo(name))
                .body("contentType", equalTo("text/plain"))
                .body("size", equalTo(content.length))
                .body("sha256", equalTo(sha256))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/v1/tickets/" + ticket + "/attachments").then().statusCode(200)
                .body("id", contains(id)).body("[0].fileName", equalTo(name));
        byte[] downloaded = given().when().get("/api/v1/tickets/" + ticket + "/attachments/" + id)
                .then().statusCode(200)
                .contentType(matchesPattern("text/plain.*"))
                .header("Content-Disposition", equalTo("attachment; filename=\"___ 2026_.txt\"; filename*=UTF-8''"
                        + "%EC%98%81%EC%88%98%EC%A6%9D%202026%E5%B9%B4.txt"))
                .extract().asByteArray();
        assertArrayEquals(content, downloaded);

        given().when().get("/api/v1/tickets/" + ticket + "/events").then().statusCode(200)
                .body("type", contains("CREATED", "ATTACHMENT_ADDED"));
        JsonNode event = EventContract.assertValid((String) awaitPublished(id).getPayload());
        assertEquals(ticket, event.path("subject").asText());
        assertEquals(id, event.path("data").path("attachmentId").asText());
        assertEquals(name, event.path("data").path("fileName").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anOperatorAttachesARealPngAndPathsInTheNameAreDropped() {
        String ticket = createTicket();
        byte[] png = Arrays.copyOf(PNG, 64);
        upload("C:\\Users\\kim\\..\\写真.png", png, "image/png").then().statusCode(201)
                .body("fileName", equalTo("写真.png")).body("contentType", equalTo("image/png"));
        upload("../../etc/scan.PNG", png, "application/octet-stream").then().statusCode(201)
                .body("fileName", equalTo("scan.PNG")).body("contentType", equalTo("image/png"));
        given().when().get("/api/v1/tickets/" + ticket + "/attachments").then().statusCode(200)
                .body("fileName", contains("写真.png", "scan.PNG"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aFileAbove10MegabytesIsA413ProblemAndNothingIsWritten() {
        createTicket();
        long attachments = rows("attachment");
        long outbox = rows("outbox_event");
        long events = rows("ticket_event");
        byte[] big = Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1);
        upload("big.png", big, "image/png").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("type", endsWith("/payload-too-large"));
        assertNothingWritten(attachments, outbox, events);
        upload("exact.png", Arrays.copyOf(PNG, 10 * 1024 * 1024), "image/png").then().statusCode(201)
                .body("size", equalTo(10 * 1024 * 1024));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void disallowedAndSpoofedTypesAre415ProblemsAndNothingIsWritten() {
        createTicket();
        long attachments = rows("attachment");
        long outbox = rows("outbox_event");
        long events = rows("ticket_event");
        upload("setup.exe", new byte[] {'M', 'Z', 0, 0}, "application/x-msdownload").then().statusCode(415)
                .contentType("application/problem+json").body("type", endsWith("/unsupported-media-type"));
        upload("photo.png", "not a picture".getBytes(StandardCharsets.UTF_8), "image/png").then().statusCode(415)
                .contentType("application/problem+json").body("detail", equalTo("The content of 'photo.png' is not image/png."));
        upload("photo.png", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/pdf").then().statusCode(415);
        upload("notes.exe", "hello".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(415);
        assertNothingWritten(attachments, outbox, events);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aMissingFileFieldIsInvalid() {
        String ticket = createTicket();
        given().multiPart("other", "x").when().post("/api/v1/tickets/" + ticket + "/attachments")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void unknownTicketsAndAttachmentsAre404() {
        String ticket = createTicket();
        currentTicket = UUID.randomUUID().toString();
        upload("a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/tickets/" + currentTicket + "/attachments").then().statusCode(404);
        given().when().get("/api/v1/tickets/" + ticket + "/attachments/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceGets404() {
        currentTicket = insertTicket("CS");
        long attachments = rows("attachment");
        upload("a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(404);
        given().when().get("/api/v1/tickets/" + currentTicket + "/attachments").then().statusCode(404);
        assertEquals(attachments, rows("attachment"));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void anIntegrationGets404ForTicketsOfServicesItWasNotGranted() {
        currentTicket = insertTicket("DEV");
        upload("a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(404);
        given().when().get("/api/v1/tickets/" + currentTicket + "/attachments").then().statusCode(404);
    }

    @Test
    void withoutATokenItIs401() {
        currentTicket = UUID.randomUUID().toString();
        upload("a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(401)
                .contentType("application/problem+json");
        given().when().get("/api/v1/tickets/" + currentTicket + "/attachments").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "erin", roles = "viewer")
    void aTokenWithoutAnAllowedRoleIs403() {
        currentTicket = UUID.randomUUID().toString();
        upload("a.txt", "a".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/api/v1/tickets/" + currentTicket + "/attachments/" + UUID.randomUUID())
                .then().statusCode(403);
    }

    // --- helpers

    private String currentTicket;

    private String createTicket() {
        currentTicket = given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        return currentTicket;
    }

    private io.restassured.response.Response upload(String fileName, byte[] content, String type) {
        return Uploads.upload(currentTicket, fileName, content, type);
    }


    private void assertNothingWritten(long attachments, long outbox, long events) {
        assertEquals(attachments, rows("attachment"));
        assertEquals(attachments, rows("attachment_blob"));
        assertEquals(events, rows("ticket_event"));
        // the relay may have published earlier rows meanwhile; none may have been added
        org.junit.jupiter.api.Assertions.assertTrue(rows("outbox_event") <= outbox);
        org.junit.jupiter.api.Assertions.assertTrue(connector.sink("outbox").received().stream()
                .noneMatch(m -> ((String) m.getPayload()).contains(currentTicket)
                        && ((String) m.getPayload()).contains("\"type\":\"AttachmentAdded\"")));
    }

    private Message<?> awaitPublished(String attachmentId) {
        return Awaitility.await().until(() -> connector.sink("outbox").received().stream()
                .filter(m -> ((String) m.getPayload()).contains(attachmentId)
                        && ((String) m.getPayload()).contains("\"type\":\"AttachmentAdded\""))
                .findFirst().orElse(null), Objects::nonNull);
    }

}
