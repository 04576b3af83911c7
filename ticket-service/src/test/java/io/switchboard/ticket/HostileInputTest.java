package io.switchboard.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.platform.testing.RawHttp;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input the database, the binding or the HTTP layer would choke on, or used to ignore, is a clear 4xx problem
 * naming what is wrong, never a 500 or an empty body (issue 9).
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aNulCharacterInAStringIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("""
                {"title": "Refund\\u0000", "content": "x", "customer": {"email": "kim@example.com", "name": "K\\u0000im"}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aKeyGivenTwiceIsMalformedJsonNamingIt() {
        given().contentType(ContentType.JSON).body("""
                {"title": "one", "title": "two", "content": "x", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body names the field 'title' more than once."))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aNumberWhereTextBelongsIsTheWrongTypeNotConverted() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": 5, \"content\": \"x\", \"customer\": {\"email\": \"kim@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anEncodedNulInThePathOrQueryIsRefused() {
        given().urlEncodingEnabled(false).when().get("/api/v1/services/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request URI contains the NUL character (%00)."));
        given().urlEncodingEnabled(false).when().get("/api/v1/tickets?view=all&cursor=%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anUnknownMemberIsRefusedNamingIt() {
        given().contentType(ContentType.JSON).body("""
                {"title": "t", "content": "x", "grup": "Support", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("grup"))
                .body("errors[0].message", equalTo("unknown field"));
        given().contentType(ContentType.JSON).body("""
                {"title": "t", "content": "x", "customer": {"email": "kim@example.com", "vip": true}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("customer.vip"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"agent", "org-admin"})
    void nullInsideAListIsRefusedNamingTheElement() {
        given().contentType(ContentType.JSON).body("""
                {"username": "zed", "role": "OPERATOR", "groups": [null]}""")
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groups[0]"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"agent", "org-admin"})
    void controlCharactersAndUnpairedSurrogatesAreRefusedButTabsAndLineBreaksAreText() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Bell\\u0007\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", startsWith("must not contain the control character U+0007"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Half \\ud83d pair\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must not contain an unpaired surrogate (U+D83D)"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Tab\\tand \\ud83d\\ude00\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(201).body("name", equalTo("Tab\tand \ud83d\ude00"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aNumberForAnEnumOrAFractionForACountIsTheWrongType() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"x\", \"priority\": 1, \"customer\": {\"email\": \"kim@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("priority"))
                .body("errors[0].message", equalTo("must be one of [LOW, NORMAL, HIGH, URGENT]"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anUnconvertibleParameterIsA400NamingIt() {
        given().when().get("/api/v1/tickets?limit=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The parameter 'limit' must be an integer from 1 to 200."))
                .body("errors[0].field", equalTo("limit"));
        given().when().get("/api/v1/tickets/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aGarbageOrTruncatedMultipartBodyIsA400Problem() {
        String upload = "POST /api/v1/tickets/00000000-0000-4000-8000-000000000001/attachments HTTP/1.1\r\n"
                + "Content-Type: multipart/form-data; boundary=XYZ\r\n";
        for (String body : new String[] {"garbage", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\ncut short"}) {
            String answer = RawHttp.send(server, upload, body.getBytes(StandardCharsets.UTF_8));
            assertThat(answer, startsWith("HTTP/1.1 400"));
            assertThat(answer, containsString("application/problem+json"));
            assertThat(answer, containsString("not valid multipart/form-data"));
        }
    }

    @Test
    void aMalformedUriIsA400ProblemNotAnEmptyBody() {
        for (String target : new String[] {"/api/v1/services/{code}", "/api/v1/services/100%", "/api/v1/tickets?view=a|b"}) {
            String answer = RawHttp.send(server, "GET " + target + " HTTP/1.1\r\n");
            assertThat(answer, startsWith("HTTP/1.1 400"));
            assertThat(answer, containsString("\"detail\":\"The request URI is malformed ("));
        }
        assertThat(RawHttp.send(server, "GET /api/v1/services/%07 HTTP/1.1\r\n"),
                containsString("The request URI contains the control character %07"));
    }

    @Test
    void aTooLongUriIs414AndTooLargeHeadersAre431Problems() {
        String longUri = RawHttp.send(server, "GET /api/v1/tickets?cursor=" + "a".repeat(5_000) + " HTTP/1.1\r\n");
        assertThat(longUri, startsWith("HTTP/1.1 414"));
        assertThat(longUri, containsString("\"type\":\"https://switchboard.dev/problems/uri-too-long\""));
        String bigHeaders = RawHttp.send(server, "GET /api/v1/tickets HTTP/1.1\r\nX-Padding: " + "b".repeat(25_000) + "\r\n");
        assertThat(bigHeaders, startsWith("HTTP/1.1 431"));
        assertThat(bigHeaders, containsString("\"detail\":\"The request headers are larger than 20480 bytes.\""));
    }
}
