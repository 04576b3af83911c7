package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayFailure;
import io.switchboard.platform.problem.ProblemMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Dooray's failures as problems. Which side must act decides the status: the request (400 refused, 404 no such
 * project), the stored settings (502: Dooray refused the service's token or project, an admin must fix the
 * connection), or Dooray itself (503 with Retry-After when unreachable, 502 for an answer that is not Dooray's).
 */
public class DoorayProblems {

    private static final Logger LOG = Logger.getLogger(DoorayProblems.class);
    /** Asked of clients when Dooray gave no Retry-After of its own. */
    private static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response dooray(DoorayFailure failure, UriInfo uri) {
        if (failure instanceof DoorayFailure.Refused) {
            return ProblemMapper.respond(400, "dooray-refused", "Refused by Dooray",
                    "Dooray refused the request: " + failure.getMessage(), uri, null);
        }
        if (failure instanceof DoorayFailure.NotFound) {
            return ProblemMapper.respond(404, "not-found", "Not Found",
                    "Dooray has no such project or task (" + failure.getMessage() + ").", uri, null);
        }
        if (failure instanceof DoorayFailure.TokenRejected) {
            return ProblemMapper.respond(502, "dooray-token-rejected", "Bad Gateway", "Dooray does not accept this "
                    + "service's token any more; an admin enters a new one in the Dooray connection.", uri, null);
        }
        if (failure instanceof DoorayFailure.ProjectForbidden) {
            return ProblemMapper.respond(502, "dooray-project-forbidden", "Bad Gateway", "Dooray does not let this "
                    + "service's organisation use the project; an admin checks the Dooray connection.", uri, null);
        }
        if (failure instanceof DoorayFailure.Unavailable unavailable) {
            LOG.warnf("Answering 503: %s", failure.getMessage());
            long seconds = unavailable.retryAfter().map(DoorayProblems::roundedUpSeconds)
                    .orElse(DEFAULT_RETRY_AFTER_SECONDS);
            return Response.fromResponse(ProblemMapper.respond(503, "dooray-unavailable", "Service Unavailable",
                    failure.getMessage() + "; try again later.", uri, null)).header("Retry-After", seconds).build();
        }
        LOG.warnf("Answering 502: %s", failure.getMessage());
        return ProblemMapper.respond(502, "dooray-bad-gateway", "Bad Gateway", failure.getMessage(), uri, null);
    }

    private static long roundedUpSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
