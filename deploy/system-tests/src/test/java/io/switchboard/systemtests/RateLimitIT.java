package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * The gateway's rate limits with real Keycloak tokens: the local stack gives the rate-limit-probe client 5
 * requests a minute (everyone else far more), so its sixth request is a 429.
 */
class RateLimitIT {

    @Test
    void aClientOverItsLimitIsAnswered429WithRetryAfterAndRateLimitHeaders() {
        String probe = Stack.probeToken();
        for (int remaining = 4; remaining >= 0; remaining--) {
            // the probe has no roles: the service refuses it, but every request counts at the gateway
            as(probe).when().get("/api/v1/me").then().statusCode(not(equalTo(429)))
                    .header("RateLimit-Policy", "\"client\";q=5;w=60")
                    .header("RateLimit", matchesPattern("\"client\";r=" + remaining + ";t=\\d+"));
        }
        as(probe).when().get("/api/v1/services").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Policy", "\"client\";q=5;w=60")
                .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"))
                .body("type", equalTo("https://switchboard.dev/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("from client rate-limit-probe"));

        // a user's bucket is their own: bob is not affected, and gets the local stack's user limit
        as(Stack.userToken("bob")).when().get("/api/v1/me").then().statusCode(200)
                .header("RateLimit-Policy", "\"user\";q=20000;w=60");
    }

    @Test
    void aTokenWithABrokenSignatureNamesNobodyAndCountsAgainstTheAddress() {
        String bob = Stack.userToken("bob");
        String forged = bob.substring(0, bob.lastIndexOf('.') + 1) + "AAAA" + bob.substring(bob.lastIndexOf('.') + 5);
        RestAssured.given().baseUri(Stack.GATEWAY).header("Authorization", "Bearer " + forged)
                .when().get("/api/v1/me").then().statusCode(401)
                .header("RateLimit-Policy", "\"anonymous\";q=20000;w=60");
    }
}
