package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one rule of docs/api.md "Text and HTML": titles, contents and names are plain text, kept and answered
 * exactly as given (whoever renders them escapes them); only message bodies sent as HTML are HTML, and those
 * are sanitised on the way in.
 */
@QuarkusTest
class TextAndHtmlTest {

    static final String TITLE = "<script>alert('title')</script> & \"refund\"";
    static final String CONTENT = "Order <1234> & 5 < 6\n<img src=x onerror=alert(1)>";
    static final String NAME = "<b onmouseover=alert(1)>Kim</b>";

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTitleContentAndCustomerNameWithMarkupComeBackAsTheTextThatWasSent() {
        Map<String, Object> request = Map.of("title", TITLE, "content", CONTENT,
                "customer", Map.of("email", "markup@example.com", "name", NAME));
        String id = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .body("title", equalTo(TITLE)).body("content", equalTo(CONTENT)).body("customer.name", equalTo(NAME))
                .extract().path("id");
        given().when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("title", equalTo(TITLE)).body("content", equalTo(CONTENT)).body("customer.name", equalTo(NAME));
        given().when().get("/api/v1/tickets?view=all&limit=200")
                .then().statusCode(200).body("items.title", hasItem(TITLE));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anHtmlCommentIsSanitisedAndATextCommentIsKeptAsText() {
        String id = TicketApiTest.create("CS");
        given().contentType(ContentType.JSON)
                .body(Map.of("body", "<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script></p>", "format", "HTML"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("body", "<script>alert(2)</script> is text", "format", "TEXT"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(200);
        given().when().get("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200)
                .body("find { it.format == 'HTML' }.body", equalTo("<p>Hi <b>there</b></p>"))
                .body("find { it.format == 'TEXT' }.body", equalTo("<script>alert(2)</script> is text"));
        // nothing left once cleaned: a clear 400, and no message is added
        given().contentType(ContentType.JSON).body(Map.of("body", "<script>alert(3)</script><style>p{}</style>", "format", "HTML"))
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("has nothing left once scripts and unsupported markup are removed"));
        given().when().get("/api/v1/tickets/" + id + "/messages").then().body("size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anActionOnAVersionSomeoneElseChangedIsAStaleVersionProblem() {
        String id = TicketApiTest.create("CS");
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/tickets/" + id + "/keep").then().statusCode(200);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("body", "late"))
                .when().post("/api/v1/tickets/" + id + "/comment")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/stale-version"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void locationIsThePublicUrlTheGatewayReports() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "support.example.com")
                .header("X-Forwarded-Port", "443")
                .contentType(ContentType.JSON).body(TicketApiTest.NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern("https://support\\.example\\.com/api/v1/tickets/[0-9a-f-]{36}"));
    }
}
