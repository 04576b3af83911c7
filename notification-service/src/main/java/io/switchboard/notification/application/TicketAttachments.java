package io.switchboard.notification.application;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.switchboard.notification.domain.AttachmentRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Fetches a reply's files from ticket-service when its mail is sent (the bytes never travel in events),
 * with this service's own client-credentials token (realm role {@code service}). Files go to a temporary
 * file, not the heap: a reply may carry ten files of 10 MB.
 */
@ApplicationScoped
public class TicketAttachments {

    /** A file could not be fetched; {@code permanent} when ticket-service says it does not exist. */
    public static class Unavailable extends Exception {
        private final boolean permanent;

        Unavailable(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    private final TicketServiceConfig config;
    private final OidcClient tokens;
    private final TokensHelper tokenCache = new TokensHelper();
    private final HttpClient http;

    TicketAttachments(TicketServiceConfig config, OidcClient tokens) {
        this.config = config;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    /** The file's bytes in a new temporary file, which the caller deletes. */
    public Path download(UUID ticketId, AttachmentRef attachment) throws Unavailable {
        String what = "attachment " + attachment.fileName() + " (" + attachment.id() + ")";
        Path file = null;
        try {
            String token = tokenCache.getTokens(tokens).await().atMost(config.timeout()).getAccessToken();
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/api/v1/tickets/" + ticketId
                            + "/attachments/" + attachment.id()))
                    .timeout(config.timeout()).header("Authorization", "Bearer " + token).GET().build();
            file = Files.createTempFile("switchboard-attachment-", ".bin");
            HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() == 200) {
                return file;
            }
            Files.deleteIfExists(file);
            boolean gone = response.statusCode() == 404 || response.statusCode() == 410;
            throw new Unavailable(what + " could not be fetched from ticket-service: HTTP " + response.statusCode(),
                    gone, null);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw new Unavailable(what + " could not be fetched from ticket-service: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            throw new Unavailable(what + " could not be fetched: interrupted", false, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans it up
            }
        }
    }
}
