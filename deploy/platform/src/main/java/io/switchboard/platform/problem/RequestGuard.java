package io.switchboard.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses, as problems and before anything reads them, requests the layers below would fail on or answer with
 * an empty body: a request target longer than {@link RequestLimits#maxUriLength()} (414) or headers larger than
 * {@link RequestLimits#maxHeaderSize()} (431); a declared body above {@code quarkus.http.limits.max-body-size}
 * (413); a target that is no URI (a raw brace or space, a bad percent escape: 400); and a percent-encoded
 * character {@link TextRule} refuses ({@code %00}, {@code %07}: 400).
 *
 * <p>Quarkus checks URIs itself before any route and answers an empty 400, unless the JVM runs with
 * {@code -Dvertx.disableURIValidation=true} (the launcher and the build set it); this guard does that check instead.
 */
@ApplicationScoped
public class RequestGuard {

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    void install(@Observes Router router, ObjectMapper json, RequestLimits limits,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize body) {
        if (!Boolean.getBoolean("vertx.disableURIValidation")) {
            LOG.warn("-Dvertx.disableURIValidation=true is not set: malformed request URIs get Quarkus's empty 400");
        }
        long maxBody = body.asLongValue();
        long maxHeaders = limits.maxHeaderSize().asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String uri = ctx.request().uri();
            if (uri.length() > limits.maxUriLength()) {
                refuse(ctx, json, 414, "uri-too-long", "URI Too Long",
                        "The request URI is longer than " + limits.maxUriLength() + " characters.");
                return;
            }
            if (headerSize(ctx) > maxHeaders) {
                refuse(ctx, json, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                        "The request headers are larger than " + maxHeaders + " bytes.");
                return;
            }
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > maxBody) {
                ctx.response().putHeader("Connection", "close");
                refuse(ctx, json, 413, "payload-too-large", "Payload Too Large",
                        "The request body is larger than " + maxBody + " bytes.");
                return;
            }
            String malformed = malformed(uri);
            if (malformed != null) {
                refuse(ctx, json, 400, "validation", "Invalid request", malformed);
                return;
            }
            ctx.next();
        });
    }

    /** Why the request target cannot be read, or null if it can. */
    private static String malformed(String uri) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return "The request URI is malformed (" + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex()
                    + "); characters such as { } | \\ ^ and spaces must be percent-encoded.";
        }
        for (int i = uri.indexOf('%'); i >= 0 && i + 2 < uri.length(); i = uri.indexOf('%', i + 1)) {
            int value = Integer.parseInt(uri.substring(i + 1, i + 3), 16); // URI checked the escape pairs
            if (TextRule.firstRefused(String.valueOf((char) value)) == 0) {
                return value == 0 ? "The request URI contains the NUL character (%00)."
                        : "The request URI contains the control character " + uri.substring(i, i + 3)
                          + "; only tab, line feed and carriage return are allowed.";
            }
        }
        return null;
    }

    private static long headerSize(RoutingContext ctx) {
        long size = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void refuse(RoutingContext ctx, ObjectMapper json, int status, String slug, String title,
                               String detail) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, path(ctx), null);
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw path, cut short: it is echoed back, and may be what was too long. */
    private static String path(RoutingContext ctx) {
        String path = ctx.request().path();
        return path.length() > 256 ? path.substring(0, 256) + "…" : path;
    }
}
