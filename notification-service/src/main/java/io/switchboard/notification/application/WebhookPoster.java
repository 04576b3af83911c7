package io.switchboard.notification.application;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.CallbackSignature;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.platform.net.OutboundConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Performs one attempt of a CALLBACK or DOORAY_HOOK delivery: resolves the URL's host once, checks every
 * address against the {@link AddressPolicy} and connects to the checked address itself (the URL's host goes
 * only into {@code Host}, TLS SNI and the certificate check, so a second DNS answer cannot lead elsewhere);
 * POSTs the JSON (signed, for callbacks) and classifies the answer by its status alone. 2xx is delivered;
 * timeouts, dropped connections, 408, 429 and 5xx are retried; anything else (redirects are not followed)
 * fails at once. The receiver's body is never read: what it says must not come back through the delivery
 * log, which is how an internal answer would leak (SSRF).
 */
@ApplicationScoped
public class WebhookPoster {

    public static final String DELIVERY_HEADER = "X-Switchboard-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";

    private final WebhookConfig config;
    private final AddressPolicy policy;
    private final CallbackSecrets secrets;
    private final Clock clock;
    private final HttpClient client;

    WebhookPoster(WebhookConfig config, OutboundConfig outbound, CallbackSecrets secrets, Clock clock, Vertx vertx) {
        this.config = config;
        this.policy = outbound.policy();
        this.secrets = secrets;
        this.clock = clock;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(false)
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(16));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public AttemptResult post(Outgoing.Post post) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        URI uri = URI.create(post.url());
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InetAddress address;
        try {
            address = policy.resolve(host).get(0);
        } catch (AddressPolicy.Refused e) {
            return AttemptResult.permanent(started, since(start), null, e.getMessage());
        } catch (UnknownHostException e) {
            return AttemptResult.retryable(started, since(start), null, "unknown host " + host, null);
        }
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Type", "application/json")
                .add("User-Agent", "Switchboard-Notification/1")
                .add(DELIVERY_HEADER, post.deliveryId().toString());
        if (post.signed()) {
            Optional<String> secret = secrets.signingSecret(post.serviceCode());
            if (secret.isEmpty()) {
                return AttemptResult.permanent(started, since(start), null, "service " + post.serviceCode()
                        + " has no callback secret to sign with; an admin rotates one, then retries this delivery");
            }
            long timestamp = clock.instant().getEpochSecond();
            headers.add(TIMESTAMP_HEADER, String.valueOf(timestamp))
                    .add(SIGNATURE_HEADER, CallbackSignature.sign(secret.get(), timestamp, post.body()));
        }
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setFollowRedirects(false)
                .setURI(pathAndQuery(uri))
                .setHeaders(headers)
                .setIdleTimeout(config.requestTimeout().toMillis());
        var exchange = client.request(request)
                .compose(outgoing -> outgoing.send(Buffer.buffer(post.body().getBytes(StandardCharsets.UTF_8))))
                .map(this::answered);
        try {
            Answer answer = exchange.toCompletionStage().toCompletableFuture()
                    .get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return classify(answer, started, since(start));
        } catch (TimeoutException e) {
            return AttemptResult.retryable(started, since(start), null, "no answer within the timeout", null);
        } catch (ExecutionException e) {
            return AttemptResult.retryable(started, since(start), null, describe(e.getCause()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.retryable(started, since(start), null, "interrupted while sending", null);
        }
    }

    private record Answer(int status, String retryAfter) {
    }

    /** Status and Retry-After only; the connection is dropped instead of reading the body. */
    private Answer answered(HttpClientResponse response) {
        Answer answer = new Answer(response.statusCode(), response.getHeader("Retry-After"));
        try {
            response.exceptionHandler(dropped -> { }); // the reset below is ours, not a failure
            response.request().reset();
        } catch (IllegalStateException alreadyEnded) {
            // an answer without a body may have ended before we got here: there is nothing left to drop
        }
        return answer;
    }

    private AttemptResult classify(Answer answer, Instant started, Duration took) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            return AttemptResult.delivered(started, took, status);
        }
        String error = "HTTP " + status + " " + HttpResponseStatus.valueOf(status).reasonPhrase()
                + (status >= 300 && status < 400 ? " (redirects are not followed)" : "");
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = (status == 429 || status == 503) && answer.retryAfter() != null
                    ? retryAfter(answer.retryAfter()) : null;
            return AttemptResult.retryable(started, took, status, error, retryAfter);
        }
        return AttemptResult.permanent(started, took, status, error);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
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

    /** A short reason in our words; exception texts of the network stack carry no answer of the receiver. */
    private static String describe(Throwable e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SSLException) {
            return "TLS failed: " + e.getMessage();
        }
        if (e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within the timeout";
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
