package io.switchboard.escalation.dooray.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How Dooray's Retry-After is read (the stand-in sends seconds only; the HTTP-date form is checked here). */
class DoorayClientRetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T05:00:00Z");

    private final DoorayClient client = new DoorayClient(config(), Optional::empty, Clock.fixed(NOW, ZoneOffset.UTC),
            new ObjectMapper());

    @Test
    void secondsAreSeconds() {
        assertEquals(Duration.ofSeconds(3), client.retryAfter(" 3 "));
    }

    @Test
    void anHttpDateIsTheTimeUntilThen() {
        assertEquals(Duration.ofSeconds(90), client.retryAfter("Wed, 02 Dec 2026 05:01:30 GMT"));
    }

    @Test
    void aTimeAlreadyPastIsNoWait() {
        assertEquals(Duration.ZERO, client.retryAfter("Wed, 02 Dec 2026 04:00:00 GMT"));
    }

    @Test
    void anythingElseIsUnreadable() {
        assertNull(client.retryAfter("soon"));
    }

    private static DoorayConfig config() {
        return new DoorayConfig() {
            @Override
            public URI baseUrl() {
                return URI.create("http://127.0.0.1:8186");
            }

            @Override
            public List<String> tokenKeys() {
                return List.of();
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Retry retry() {
                return null;
            }

            @Override
            public Reconcile reconcile() {
                return null;
            }
        };
    }
}
