package io.switchboard.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

@QuarkusTest
@QuarkusTestResource(UpstreamAndSpaResource.class)
class GatewayTest {

    @Test
    void routesTicketsWithPathQueryAndHeaders() {
        given().header("Authorization", "Bearer abc.def.ghi")
                .header("Accept-Language", "ja")
                .when().get("/api/v1/tickets?status=UNASSIGNED&limit=5")
                .then().statusCode(200)
                .header("X-Upstream", "ticket-service")
                .contentType(ContentType.JSON)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/tickets?status=UNASSIGNED&limit=5"))
                .body("headers.authorization", equalTo("Bearer abc.def.ghi"))
                .body("headers.accept-language", equalTo("ja"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("127.0.0.1:"))
                .body("headers.x-forwarded-port", notNullValue());
    }

    @Test
    void statesTheHostAndSchemeTheClientUsedSoServicesBuildPublicUrls() {
        given().header("Host", "support.example.com")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("support.example.com"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-port", equalTo("80"));
        given().header("Host", "support.example.com:8443")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .body("headers.x-forwarded-host", equalTo("support.example.com:8443"))
                .body("headers.x-forwarded-port", equalTo("8443"));
    }

    @Test
    void replacesForwardingHeadersAClientMadeUp() {
        given().header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "10.9.9.9")
                .header("X-Forwarded-Port", "1")
                .header("X-Forwarded-Prefix", "/evil")
                .header("Forwarded", "for=10.9.9.9;host=evil.example;proto=https")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("127.0.0.1:"))
                .body("headers.x-forwarded-port", not(equalTo("1")))
                .body("headers", not(hasKey("x-forwarded-prefix")))
                .body("headers", not(hasKey("forwarded")));
    }

    @Test
    void passesBodyStatusLocationAndContentType() {
        given().header("Authorization", "Bearer t")
                .contentType("application/json; charset=UTF-8")
                .body("{\"title\":\"Printer on fire\",\"content\":\"프린터\"}")
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .header("Location", "http://127.0.0.1:8080/api/v1/tickets/t-1")
                .body("method", equalTo("POST"))
                .body("headers.content-type", equalTo("application/json; charset=UTF-8"))
                .body("body", equalTo("{\"title\":\"Printer on fire\",\"content\":\"프린터\"}"));
    }

    @Test
    void streamsLargeBodiesBothWays() {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = 'y';
        byte[] back = given().contentType("application/octet-stream").body(big)
                .when().put("/api/v1/tickets/big")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(big, back);
    }

    @Test
    void noContentResponses() {
        given().when().delete("/api/v1/tickets/empty").then().statusCode(204).header("X-Upstream", "yes");
    }

    @Test
    void servicesAndMeGoToTicketService() {
        given().when().get("/api/v1/services/cs/groups").then().statusCode(200)
                .body("uri", equalTo("/api/v1/services/cs/groups"));
        given().when().get("/api/v1/me").then().statusCode(200).body("uri", equalTo("/api/v1/me"));
    }

    @Test
    void aDownUpstreamIs503ProblemWithRetryAfter() {
        given().when().get("/api/v1/routing/triggers")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://switchboard.dev/problems/service-unavailable"))
                .body("title", equalTo("Service Unavailable"))
                .body("status", is(503))
                .body("detail", equalTo("routing-service is unavailable"));
    }

    @Test
    void anUpstreams503GetsRetryAfterWhenItSentNone() {
        given().when().get("/api/v1/tickets/starting")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
    }

    @Test
    void answersCarryTheCallersRateLimit() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .header("RateLimit-Policy", "\"anonymous\";q=60;w=60")
                .header("RateLimit", matchesPattern("\"anonymous\";r=\\d+;t=\\d+"));
        given().when().get("/config.json").then().statusCode(200).header("RateLimit", nullValue());
    }

    @Test
    void unknownApiIs404Problem() {
        given().when().get("/api/v2/whatever")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", equalTo("Not Found"));
    }

    @Test
    void configJson() {
        given().when().get("/config.json")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("keycloakUrl", equalTo("http://127.0.0.1:8180"))
                .body("realm", equalTo("switchboard"))
                .body("clientId", equalTo("switchboard-console"));
    }

    @Test
    void staticFilesAndSpaFallback() {
        given().when().get("/").then().statusCode(200).body(containsString("<div id=app>"));
        given().when().get("/assets/app.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("switchboard"));
        given().when().get("/tickets/CS-12").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=app>"));
        given().when().get("/admin/services/cs/triggers").then().statusCode(200).body(containsString("<div id=app>"));
        given().when().get("/assets/missing.js").then().statusCode(404);
        given().when().get("/favicon.ico").then().statusCode(404);
    }

    @Test
    void healthIsNotShadowedBySpa() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
