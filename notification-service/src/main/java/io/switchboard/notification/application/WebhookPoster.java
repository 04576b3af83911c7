package io.switchboard.notification.application;

import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.CallbackSignature;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.notification.domain.TargetPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Performs one attempt of a CALLBACK or DOORAY_HOOK delivery: checks the target against the
 * {@link TargetPolicy}, POSTs the JSON (signed, for callbacks) and classifies the answer. 2xx is delivered;
 * timeouts, dropped connections, 408, 429 and 5xx are retried; anything else (redirects are not followed)
 * fails at once.
 */
@ApplicationScoped
public class WebhookPoster {

    public static final String DELIVERY_HEADER = "X-Switchboard-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    private static final int ANSWER_EXCERPT = 200;

    private final WebhookConfig config;
    private final TargetPolicy policy;
    private final CallbackSecrets secrets;
    private final Clock clock;
    private final HttpClient client;

    WebhookPoster(WebhookConfig config, CallbackSecrets secrets, Clock clock) {
        this.config = config;
        this.policy = config.policy();
        this.secrets = secrets;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public AttemptResult post(Outgoing.Post post) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        URI uri = URI.create(post.url());
        try {
            Optional<String> refusal = refusal(uri.getHost());
            if (refusal.isPresent()) {
                return AttemptResult.permanent(started, since(start), null, refusal.get());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Switchboard-Notification/1")
                    .header(DELIVERY_HEADER, post.deliveryId().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(post.body(), StandardCharsets.UTF_8));
            if (post.signed()) {
                Optional<String> secret = secrets.signingSecret(post.serviceCode());
                if (secret.isEmpty()) {
                    return AttemptResult.permanent(started, since(start), null, "service " + post.serviceCode()
                            + " has no callback secret to sign with; an admin rotates one, then retries this delivery");
                }
                long timestamp = clock.instant().getEpochSecond();
                request.header(TIMESTAMP_HEADER, String.valueOf(timestamp))
                        .header(SIGNATURE_HEADER, CallbackSignature.sign(secret.get(), timestamp, post.body()));
            }
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            return classify(response, started, start);
        } catch (HttpTimeoutException e) {
            return AttemptResult.retryable(started, since(start), null, "no answer within the timeout", null);
        } catch (UnknownHostException e) {
            return AttemptResult.retryable(started, since(start), null, "unknown host " + uri.getHost(), null);
        } catch (IOException e) {
            return AttemptResult.retryable(started, since(start), null, describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retryable(started, since(start), null, "interrupted while sending", null);
        }
    }

    /** Resolves the host once and refuses it if any of its addresses is internal. */
    private Optional<String> refusal(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private AttemptResult classify(HttpResponse<InputStream> response, Instant started, long start) throws IOException {
        int status = response.statusCode();
        String answer = excerpt(response.body());
        Duration took = since(start);
        if (status >= 200 && status < 300) {
            return AttemptResult.delivered(started, took, status);
        }
        String error = "HTTP " + status + (answer.isEmpty() ? "" : ": " + answer);
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = status == 429 || status == 503
                    ? response.headers().firstValue("Retry-After").map(this::retryAfter).orElse(null) : null;
            return AttemptResult.retryable(started, took, status, error, retryAfter);
        }
        return AttemptResult.permanent(started, took, status, error);
    }

    /** Seconds or an HTTP date, never negative, at most {@code max-retry-after}; null if unreadable. */
    private Duration retryAfter(String value) {
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
    }

    /** The start of the answer, for the log; a large body is not read to its end. */
    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            return new String(body.readNBytes(ANSWER_EXCERPT), StandardCharsets.UTF_8).strip();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
