package io.switchboard.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The gateway behind a proxy of its own (TLS at an ingress): with {@code quarkus.http.proxy.*} trusting that
 * proxy, the public scheme, host and client address it reports reach the services.
 */
@QuarkusTest
@TestProfile(TrustedFrontProxyTest.BehindIngress.class)
@QuarkusTestResource(UpstreamAndSpaResource.class)
class TrustedFrontProxyTest {

    public static class BehindIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    @Test
    void passesOnWhatTheTrustedProxySaw() {
        given().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "support.example.com")
                .header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"))
                .body("headers.x-forwarded-host", equalTo("support.example.com"))
                .body("headers.x-forwarded-port", equalTo("443"))
                .body("headers.x-forwarded-for", equalTo("203.0.113.7"));
    }
}
