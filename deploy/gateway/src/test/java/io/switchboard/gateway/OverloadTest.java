package io.switchboard.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.switchboard.gateway.UpstreamAndSpaResource.MAX_CONNECTIONS;
import static io.switchboard.gateway.UpstreamAndSpaResource.MAX_WAITING;
import static io.switchboard.gateway.UpstreamAndSpaResource.SLOW_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A busy upstream: the gateway gives it {@link UpstreamAndSpaResource#MAX_CONNECTIONS} requests at once and lets
 * {@link UpstreamAndSpaResource#MAX_WAITING} wait; more are told to come back, and clients that gave up do not keep
 * connections from the next ones.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamAndSpaResource.class)
class OverloadTest {

    @TestHTTPResource("/api/v1/tickets/slow")
    URI slow;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void beyondTheBusyAndWaitingRequestsTheAnswerIs503WithRetryAfterAtOnce() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> admitted = new ArrayList<>();
        for (int i = 0; i < MAX_CONNECTIONS + MAX_WAITING; i++) {
            admitted.add(http.sendAsync(request(slow, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString()));
            Thread.sleep(SLOW_MS / 20); // a request waiting while its connection is opened counts as waiting
        }

        long start = System.nanoTime();
        HttpResponse<String> refused = http.send(request(slow, Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.body().contains("ticket-service is unavailable"), refused.body());
        assertTrue(tookMs < SLOW_MS / 2, "refused without waiting: " + tookMs + " ms");

        for (CompletableFuture<HttpResponse<String>> answer : admitted) {
            assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode(), "admitted requests are served");
        }
    }

    @Test
    void clientsThatGaveUpDoNotHoldConnectionsFromTheNextOnes() throws Exception {
        // three rounds of clients leaving after a fifth of the upstream's time, each filling every connection
        // and the queue: the gateway must hand their connections back instead of keeping them until the idle
        // timeout (60 s)
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<HttpResponse<String>>> leaving = new ArrayList<>();
            for (int i = 0; i < MAX_CONNECTIONS + MAX_WAITING; i++) {
                leaving.add(http.sendAsync(request(slow, Duration.ofMillis(SLOW_MS / 5)),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> gone : leaving) {
                gone.handle((r, e) -> null).get(10, TimeUnit.SECONDS);
            }
        }

        long start = System.nanoTime();
        HttpResponse<String> next = http.send(request(slow, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(tookMs < 3 * SLOW_MS, "served after the abandoned requests' own time at most: " + tookMs + " ms");
    }

    private static HttpRequest request(URI uri, Duration timeout) {
        String issuer = ConfigProvider.getConfig().getValue("switchboard.rate-limit.issuer", String.class);
        return HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + Tokens.user(issuer, "olga")).GET().build();
    }
}
