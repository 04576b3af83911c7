package io.switchboard.dooray.api;

import io.switchboard.dooray.control.Faults;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Locale;

/** Answers a Dooray API call with an injected fault instead of its result (control API: {@code /standin/faults}). */
public class FaultFilter {

    private final Faults faults;

    FaultFilter(Faults faults) {
        this.faults = faults;
    }

    @ServerRequestFilter(preMatching = true)
    public Response injectFault(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/project/")) {
            return null;
        }
        return faults.take(request.getMethod(), path)
                .map(fault -> EnvelopeErrors.response(fault.failure(),
                        "injected fault (stand-in): " + fault.failure().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        fault.retryAfterSeconds()))
                .orElse(null);
    }
}
