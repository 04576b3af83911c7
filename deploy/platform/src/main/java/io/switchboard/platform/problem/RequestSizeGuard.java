package io.switchboard.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body above {@code quarkus.http.limits.max-body-size} with a 413 problem before
 * it is read; Vert.x would otherwise answer with an empty 413.
 */
@ApplicationScoped
public class RequestSizeGuard {

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
