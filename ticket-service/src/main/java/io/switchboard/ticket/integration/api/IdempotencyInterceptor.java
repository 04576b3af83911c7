package io.switchboard.ticket.integration.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.ticket.integration.application.Idempotency;
import io.switchboard.ticket.integration.domain.IdempotencyKey;
import io.switchboard.ticket.integration.domain.StoredResponse;
import io.switchboard.ticket.access.Callers;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Wraps an {@link Idempotent} resource method: without the header it just runs; with it, the method
 * runs inside {@link Idempotency#once} and its response is stored as JSON text, so the first answer and
 * every replay carry the same status, Location and body. A replay adds {@code Idempotent-Replayed: true}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    HttpHeaders headers;

    @Inject
    UriInfo uri;

    @Inject
    Callers callers;

    @Inject
    Idempotency idempotency;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String header = headers.getHeaderString(IdempotencyKey.HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        IdempotencyKey key = new IdempotencyKey(header);
        Idempotency.Outcome outcome = idempotency.once(callers.current().username(), key, requestHash(invocation),
                () -> store(proceed(invocation)));
        StoredResponse stored = outcome.response();
        Response.ResponseBuilder response = Response.status(stored.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored.body());
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    /** SHA-256 of the method, the request path and every argument that is not a JAX-RS context object. */
    private String requestHash(InvocationContext invocation) throws JsonProcessingException {
        List<Object> parts = new ArrayList<>();
        parts.add(invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName());
        parts.add(uri.getPath());
        for (Object argument : invocation.getParameters()) {
            if (!(argument instanceof UriInfo || argument instanceof HttpHeaders || argument instanceof Request)) {
                parts.add(argument);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(parts));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StoredResponse store(Object result) {
        if (!(result instanceof Response response)) {
            throw new IllegalStateException("@Idempotent needs a method that returns a Response");
        }
        try {
            String body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
            String location = response.getLocation() == null ? null : response.getLocation().toString();
            return new StoredResponse(response.getStatus(), location, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the response cannot be stored", e);
        }
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }
}
