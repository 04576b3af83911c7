package io.switchboard.ticket.bulk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.Problem;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.bulk.application.BulkJobs;
import io.switchboard.ticket.bulk.domain.BulkJob;
import io.switchboard.ticket.integration.api.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk processing (티켓 일괄 처리 / チケット一括処理): one action on many tickets, in the background. */
@Path("/api/v1/bulk-jobs")
@Tag(name = "Bulk processing")
@Produces(MediaType.APPLICATION_JSON)
public class BulkJobResource {

    private final BulkJobs jobs;
    private final Callers callers;
    private final Validator validator;
    private final ObjectMapper json;

    BulkJobResource(BulkJobs jobs, Callers callers, Validator validator, ObjectMapper json) {
        this.jobs = jobs;
        this.callers = callers;
        this.validator = validator;
        this.json = json;
    }

    @POST
    @Extension(name = Audience.KEY, value = "agent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Start a bulk job: comment, hold, resolve, assign or forward many tickets",
            description = "Each ticket gets exactly the single action (POST /api/v1/tickets/{id}/<action>) with its "
                    + "own permission check, events and mail, in the background; a ticket refused fails with the "
                    + "single action's problem and the others go on. Poll the Location for progress.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the job, which is QUEUED")
    @APIResponse(responseCode = "400", description = "ticketIds empty, over 500 or repeated, an unknown action, or the "
            + "action's members missing, invalid or of another action")
    @Idempotent
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false, example = "bulk-2026-12-02-a",
            description = "Up to 255 characters, per caller, kept 24 h: a retry with the same key and body gets the "
                    + "first response again (202, the same job, run once); another body is a 422 problem")
    public Response create(@Valid @NotNull BulkJobRequest request, @Context UriInfo uri) {
        BulkJob job = jobs.create(callers.current(), request.ticketIds(), request.versions(), request.command(validator));
        return Response.accepted(view(job, true))
                .location(uri.getBaseUriBuilder().path("api/v1/bulk-jobs/{id}").build(job.id())).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @Path("/{id}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "A bulk job's progress and per-ticket results",
            description = "For its creator and the admins of every service its tickets are in; 404 for others.")
    public BulkJobView job(@PathParam("id") UUID id) {
        return view(jobs.job(callers.current(), id), true);
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "My latest bulk jobs", description = "The 20 newest jobs you started, newest first, "
            + "without their per-ticket results.")
    public List<BulkJobView> mine() {
        return jobs.mine(callers.current()).stream().map(job -> view(job, null)).toList();
    }

    private BulkJobView view(BulkJob job, boolean withResults) {
        return view(job.summary(), !withResults ? null : job.items().stream()
                .map(item -> new BulkJobView.Result(item.ticketId(), item.number(), item.outcome().name(),
                        problem(item.problem())))
                .toList());
    }

    private static BulkJobView view(BulkJob.Summary job, List<BulkJobView.Result> results) {
        return new BulkJobView(job.id(), job.action().path(), job.status().name(), job.total(), job.done(),
                job.failed(), job.createdAt(), job.finishedAt(), job.createdBy(), results);
    }

    /** The stored problem with {@code code}, the last part of its type, for clients that translate it. */
    private ObjectNode problem(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            ObjectNode problem = (ObjectNode) json.readTree(stored);
            problem.put("code", problem.path("type").asText().replace(Problem.TYPE_BASE, ""));
            return problem;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored problem cannot be read", e);
        }
    }
}
