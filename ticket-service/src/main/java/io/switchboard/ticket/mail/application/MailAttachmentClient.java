package io.switchboard.ticket.mail.application;

import io.quarkus.logging.Log;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.switchboard.platform.failure.TransientFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a file of a customer's mail from notification-service (claim check) with ticket-service's own
 * client-credentials token. Failures that may pass (no connection, timeout, 5xx, a refused token) are tried
 * again with backoff and then thrown as {@link TransientFailureException}, so the mail is applied later
 * instead of without its files; a file the mailbox no longer has is reported, not retried.
 */
@ApplicationScoped
public class MailAttachmentClient {

    /** The file's bytes, or why it can never be fetched. */
    public record Download(byte[] content, String unavailable) {
    }

    private final InboundMailConfig config;
    private final OidcClient oidc;
    private final HttpClient http;
    private final AtomicReference<Tokens> tokens = new AtomicReference<>();

    MailAttachmentClient(InboundMailConfig config, OidcClient oidc) {
        this.config = config;
        this.oidc = oidc;
        this.http = HttpClient.newBuilder().connectTimeout(config.downloadTimeout()).build();
    }

    public Download fetch(UUID mailId, int index) {
        URI uri = URI.create(config.notificationUrl().replaceAll("/+$", "")
                + "/api/v1/notifications/inbound-mails/" + mailId + "/attachments/" + index);
        Duration backoff = config.downloadBackoff();
        String failure = null;
        for (int attempt = 1; attempt <= config.downloadAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(config.downloadTimeout())
                        .header("Authorization", "Bearer " + accessToken()).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 200) {
                    return new Download(response.body(), null);
                }
                if (status == 401 || status == 403) {
                    tokens.set(null); // expired or revoked: the next attempt asks for a new one
                } else if (status < 500 && status != 429) {
                    return new Download(null, "not available from the mailbox (HTTP " + status + ")");
                }
                failure = "HTTP " + status;
            } catch (IOException | RuntimeException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientFailureException("interrupted while fetching " + uri, e);
            }
            Log.infof("Fetching %s failed (attempt %d of %d): %s", uri, attempt, config.downloadAttempts(), failure);
        }
        throw new TransientFailureException("cannot fetch " + uri + ": " + failure, null);
    }

    private String accessToken() {
        Tokens current = tokens.get();
        if (current == null || current.isAccessTokenExpired()) {
            current = oidc.getTokens().await().atMost(config.downloadTimeout());
            tokens.set(current);
        }
        return current.getAccessToken();
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailureException("interrupted while waiting to fetch again", e);
        }
    }
}
