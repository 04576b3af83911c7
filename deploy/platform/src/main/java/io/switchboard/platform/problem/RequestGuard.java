package io.switchboard.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, as problems and before anything reads them, requests the layers below would fail on: a declared
 * body above {@code quarkus.http.limits.max-body-size} (413; Vert.x would answer with an empty 413), and an
 * encoded NUL ({@code %00}) in the path or query (400; no resource means it, and PostgreSQL cannot store it).
 */
@ApplicationScoped
public class RequestGuard {

    void install(@Observes Router router, ObjectMapper json,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && declaredLength(length) > max) {
                Problem problem = new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload Too Large", 413,
                        "The request body is larger than " + max + " bytes.", ctx.request().path(), null);
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(write(json, problem));
                return;
            }
            String uri = ctx.request().uri();
            if (uri != null && (uri.contains("%00") || uri.indexOf('\u0000') >= 0)) {
                Problem problem = new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400,
                        "The request URI contains the NUL character (%00).", ctx.request().path(), null);
                ctx.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE).end(write(json, problem));
                return;
            }
            ctx.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
