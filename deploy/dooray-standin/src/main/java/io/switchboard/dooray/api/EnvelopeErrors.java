package io.switchboard.dooray.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.switchboard.dooray.domain.DoorayException;
import io.switchboard.dooray.domain.Failure;
import io.switchboard.dooray.wire.Envelope;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Optional;

/** The one place that turns failures into Dooray's envelope with {@code isSuccessful: false}. */
public class EnvelopeErrors {

    private static final Logger LOG = Logger.getLogger(EnvelopeErrors.class);

    /** The answer for a failure, with a {@code Retry-After} header when one is given (429, 503). */
    public static Response response(Failure failure, String message, Optional<Integer> retryAfterSeconds) {
        Response.ResponseBuilder response = Response.status(failure.status()).type(MediaType.APPLICATION_JSON)
                .entity(Envelope.failure(failure.resultCode(), message));
        retryAfterSeconds.ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    @ServerExceptionMapper
    public Response refused(DoorayException e) {
        return response(e.failure(), e.getMessage(), Optional.empty());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return response(Failure.BAD_REQUEST, "the request body is not valid JSON for this call: " + e.getOriginalMessage(),
                Optional.empty());
    }

    /** JAX-RS' own refusals (no such path, wrong method or media type) keep their status. */
    @ServerExceptionMapper
    public Response jaxRs(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Optional<Failure> failure = Failure.ofStatus(status);
        if (failure.isEmpty()) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Envelope.failure(-status, e.getMessage())).build();
        }
        return response(failure.get(), e.getMessage(), Optional.empty());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return response(Failure.SERVER_ERROR, "internal error", Optional.empty());
    }
}
