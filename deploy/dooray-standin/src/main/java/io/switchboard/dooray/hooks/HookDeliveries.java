package io.switchboard.dooray.hooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.dooray.config.StandinConfig;
import io.switchboard.dooray.domain.HookEvent;
import io.switchboard.dooray.hooks.HookDelivery.Outcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends each hook event to each of the project's hook URLs, as configured (query string included: Dooray signs
 * nothing, so receivers put a secret in the URL), after the call that caused it has answered, with retries.
 */
@ApplicationScoped
public class HookDeliveries {

    private static final Logger LOG = Logger.getLogger(HookDeliveries.class);

    private final StandinConfig.Hooks config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dooray-hooks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, HookDelivery> deliveries = new ConcurrentSkipListMap<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final AtomicInteger suppressedEvents = new AtomicInteger();

    HookDeliveries(StandinConfig config, ObjectMapper json) {
        this.config = config.hooks();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.hooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The next {@code events} hook events are recorded as suppressed and sent nowhere (a "missed webhook"). */
    public void suppressNext(int events) {
        suppressedEvents.set(events);
    }

    public int suppressedEvents() {
        return suppressedEvents.get();
    }

    public void publish(HookEvent event) {
        boolean suppressed = suppressedEvents.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        String body = payload(event);
        for (String url : event.hookUrls()) {
            HookDelivery delivery = new HookDelivery(nextId.getAndIncrement(), event.type(), event.project().id(),
                    event.post().id(), url, suppressed ? Outcome.SUPPRESSED : Outcome.PENDING, 0, null, null);
            deliveries.put(delivery.id(), delivery);
            if (!suppressed) {
                scheduler.execute(() -> attempt(delivery.id(), body, config.firstRetryDelay()));
            }
        }
    }

    public List<HookDelivery> deliveries() {
        return List.copyOf(deliveries.values());
    }

    /** Forgets the deliveries made and the suppression; attempts under way still finish. */
    public void reset() {
        deliveries.clear();
        suppressedEvents.set(0);
    }

    private void attempt(long deliveryId, String body, Duration nextDelay) {
        HookDelivery delivery = deliveries.get(deliveryId);
        if (delivery == null) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(config.timeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            boolean delivered = error == null && response.statusCode() / 100 == 2;
            Integer status = response == null ? null : response.statusCode();
            String failure = error == null ? null : error.toString();
            boolean lastAttempt = delivery.attempts() + 1 >= config.attempts();
            Outcome outcome = delivered ? Outcome.DELIVERED : lastAttempt ? Outcome.FAILED : Outcome.PENDING;
            deliveries.computeIfPresent(deliveryId, (id, current) -> current.attempted(outcome, status, failure));
            if (outcome == Outcome.PENDING) {
                scheduler.schedule(() -> attempt(deliveryId, body, nextDelay.multipliedBy(2)), nextDelay.toMillis(),
                        TimeUnit.MILLISECONDS);
            } else if (outcome == Outcome.FAILED) {
                LOG.warnf("hook %s to %s failed after %d attempts (last: %s)", delivery.hookEventType(), delivery.url(),
                        config.attempts(), failure != null ? failure : "HTTP " + status);
            }
        });
    }

    private String payload(HookEvent event) {
        try {
            return json.writeValueAsString(HookPayload.of(event));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
