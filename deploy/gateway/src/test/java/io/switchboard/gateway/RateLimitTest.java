package io.switchboard.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

/** Limits small enough to reach: 5 per minute per user, 2 for user tiny, 3 for client probe, 4 per address. */
@QuarkusTest
@QuarkusTestResource(UpstreamAndSpaResource.class)
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "switchboard.rate-limit.user.requests", "5",
                    "switchboard.rate-limit.users.tiny.requests", "2",
                    "switchboard.rate-limit.client.requests", "50",
                    "switchboard.rate-limit.clients.probe.requests", "3",
                    "switchboard.rate-limit.anonymous.requests", "4");
        }
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("switchboard.rate-limit.issuer", String.class);
    }

    @Test
    void aUsersAnswersCountDownTheirOwnBucket() {
        String carol = Tokens.user(issuer(), "carol");
        given().auth().oauth2(carol).when().get("/api/v1/tickets").then().statusCode(200)
                .header("RateLimit-Policy", "\"user\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"user\";r=4;t=1[0-2]"));
        given().auth().oauth2(carol).when().get("/api/v1/tickets").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"user\";r=3;t=2[0-4]"));
    }

    @Test
    void aClientOverItsLimitGets429ProblemWithRetryAfterAndIsNotProxied() {
        String probe = Tokens.client(issuer(), "probe");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(probe).when().get("/api/v1/tickets").then().statusCode(200)
                    .header("X-Upstream", "ticket-service")
                    .header("RateLimit-Policy", "\"client\";q=3;w=60")
                    .header("RateLimit", matchesPattern("\"client\";r=" + remaining + ";t=\\d+"));
        }
        given().auth().oauth2(probe).when().post("/api/v1/tickets").then().statusCode(429)
                .contentType("application/problem+json")
                .header("X-Upstream", (String) null)
                .header("Retry-After", matchesPattern("(1[0-9]|20)"))
                .header("RateLimit-Policy", "\"client\";q=3;w=60")
                .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"))
                .body("type", equalTo("https://switchboard.dev/problems/rate-limited"))
                .body("title", equalTo("Too Many Requests"))
                .body("status", is(429))
                .body("detail", containsString("More than 3 requests in 60 s from client probe"));
        // another client's bucket is its own
        given().auth().oauth2(Tokens.client(issuer(), "other")).when().get("/api/v1/tickets").then().statusCode(200)
                .header("RateLimit-Policy", "\"client\";q=50;w=60");
    }

    @Test
    void aPerUserOverrideAppliesToThatUserOnly() {
        String tiny = Tokens.user(issuer(), "tiny");
        given().auth().oauth2(tiny).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", "\"user\";q=2;w=60");
        given().auth().oauth2(tiny).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(tiny).when().get("/api/v1/me").then().statusCode(429)
                .header("Retry-After", matchesPattern("\\d+"));
        given().auth().oauth2(Tokens.user(issuer(), "dave")).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", "\"user\";q=5;w=60");
    }

    @Test
    void tokensTheIssuerDidNotSignCountAgainstTheAddressNotTheUserTheyName() {
        // forged, expired, from another issuer, none: all four drain 127.0.0.1's bucket of 4
        given().auth().oauth2(Tokens.forgedUser(issuer(), "victim")).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", "\"anonymous\";q=4;w=60")
                .header("RateLimit", matchesPattern("\"anonymous\";r=3;t=\\d+"));
        given().auth().oauth2(Tokens.expiredUser(issuer(), "victim")).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"anonymous\";r=2;t=\\d+"));
        given().auth().oauth2(Tokens.user("http://127.0.0.1:1/realms/evil", "victim")).when().get("/api/v1/me")
                .then().statusCode(200).header("RateLimit", matchesPattern("\"anonymous\";r=1;t=\\d+"));
        given().when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"));
        given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/me").then().statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("from address 127.0.0.1"));
        // the user the forged tokens named still has a full bucket
        given().auth().oauth2(Tokens.user(issuer(), "victim")).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit", matchesPattern("\"user\";r=4;t=\\d+"));
    }
}
