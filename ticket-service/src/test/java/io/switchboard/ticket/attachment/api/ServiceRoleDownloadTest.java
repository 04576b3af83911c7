package io.switchboard.ticket.attachment.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.ticket.Uploads;
import io.switchboard.ticket.ticket.api.Identities;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** notification-service's account (realm role service) downloads the files it mails, and may do nothing else. */
@QuarkusTest
@TestSecurity(user = "service-account-notification-service", roles = "service")
class ServiceRoleDownloadTest {

    @Test
    void aServiceAccountDownloadsAnyTicketsAttachment() {
        String[] ids = ticketWithFile();
        byte[] content = given().when().get("/api/v1/tickets/" + ids[0] + "/attachments/" + ids[1])
                .then().statusCode(200).contentType("text/plain").extract().asByteArray();
        assertArrayEquals("contents of reply.txt".getBytes(StandardCharsets.UTF_8), content);
    }

    @Test
    void aServiceAccountCannotDoAnythingElse() {
        String[] ids = ticketWithFile();
        given().when().get("/api/v1/tickets").then().statusCode(403);
        given().when().get("/api/v1/tickets/" + ids[0]).then().statusCode(403);
        given().when().get("/api/v1/tickets/" + ids[0] + "/messages").then().statusCode(403);
        given().when().get("/api/v1/tickets/" + ids[0] + "/attachments").then().statusCode(403);
        Uploads.upload(ids[0], "x.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"customer\": {\"email\": \"a@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"body\": \"hi\"}")
                .when().post("/api/v1/tickets/" + ids[0] + "/re-inquiry").then().statusCode(403);
        given().when().get("/api/v1/services/CS/forbidden-words").then().statusCode(403);
    }

    /** A CS ticket with an uploaded file, made by bob: {ticket id, attachment id}. */
    private static String[] ticketWithFile() {
        return Identities.as("bob", "agent", () -> {
            String ticket = given().contentType(ContentType.JSON)
                    .body("{\"title\": \"Reply with a file\", \"content\": \"c\", \"customer\": {\"email\": \"k@example.com\"}}")
                    .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().<String>path("id");
            return new String[] {ticket, Uploads.uploadText(ticket, "reply.txt")};
        });
    }
}
