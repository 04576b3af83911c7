package io.switchboard.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Answers, before anything is routed or proxied, the requests Vert.x and Quarkus would otherwise refuse with an
 * empty body: a request target over {@code max-uri-length} (414), headers over {@code max-header-size} (431), and
 * a target that is no URI, such as a raw brace or a bad percent escape (400; the JVM runs with
 * {@code -Dvertx.disableURIValidation=true} so that Quarkus leaves this check to us). The services apply the
 * same limits, and the text rules on what the URI and body say.
 */
@ApplicationScoped
public class RequestGuard {

    /** Prefix {@code switchboard.http}, as in the services. Vert.x's own limits must stay above these. */
    @ConfigMapping(prefix = "switchboard.http")
    public interface Limits {
        @WithDefault("4096")
        int maxUriLength();

        @WithDefault("20K")
        MemorySize maxHeaderSize();
    }

    void install(@Observes Router router, Limits limits) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            HttpServerRequest request = rc.request();
            if (request.uri().length() > limits.maxUriLength()) {
                Problems.send(rc, 414, "uri-too-long", "URI Too Long",
                        "The request URI is longer than " + limits.maxUriLength() + " characters.");
            } else if (headerBytes(request) > limits.maxHeaderSize().asLongValue()) {
                Problems.send(rc, 431, "request-header-fields-too-large", "Request Header Fields Too Large",
                        "The request headers are larger than " + limits.maxHeaderSize().asLongValue() + " bytes.");
            } else if (!isUri(request.uri())) {
                Problems.send(rc, 400, "validation", "Invalid request", "The request URI is malformed; characters "
                        + "such as { } | \\ ^ and spaces must be percent-encoded, and % must start an escape like %20.");
            } else {
                rc.next();
            }
        });
    }

    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        return total;
    }
}
