package io.switchboard.dooray.control;

import io.switchboard.dooray.application.Tasks;
import io.switchboard.dooray.domain.Body;
import io.switchboard.dooray.domain.Dooray;
import io.switchboard.dooray.domain.DoorayException;
import io.switchboard.dooray.domain.Failure;
import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Post;
import io.switchboard.dooray.domain.Project;
import io.switchboard.dooray.domain.WorkflowClass;
import io.switchboard.dooray.hooks.HookDeliveries;
import io.switchboard.dooray.wire.Envelope;
import io.switchboard.dooray.wire.Views;
import io.switchboard.dooray.wire.Views.WorkflowView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Optional;

import static io.switchboard.dooray.wire.RequestBodies.required;

/**
 * The stand-in's own API (no token): act as a Dooray user on a task, see what was sent to hooks, inject faults,
 * reset. Described in the module README.
 */
@Path("/standin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ControlResource {

    private final Dooray dooray;
    private final Tasks tasks;
    private final HookDeliveries hooks;
    private final Faults faults;

    ControlResource(Dooray dooray, Tasks tasks, HookDeliveries hooks, Faults faults) {
        this.dooray = dooray;
        this.tasks = tasks;
        this.hooks = hooks;
        this.faults = faults;
    }

    record ProjectSummary(String id, String code, String organizationId, List<String> hookUrls, List<Member> members,
                          List<WorkflowView> workflows) {
    }

    record TaskSummary(String projectId, String id, String subject, WorkflowView workflow, int comments, String updatedAt) {
        static TaskSummary of(Post post) {
            return new TaskSummary(post.projectId(), post.id(), post.subject(), WorkflowView.of(post.workflow()),
                    post.comments().size(), Views.timestamp(post.updatedAt()));
        }
    }

    record HookUrls(List<String> urls) {
    }

    /** {@code workflowId}, or else the project's first workflow of {@code workflowClass}; as {@code memberId} or the first member. */
    record MoveRequest(String workflowId, String workflowClass, String memberId) {
    }

    /** A comment by {@code memberId} (default: the first member), Markdown unless {@code mimeType} says otherwise. */
    record CommentRequest(String memberId, String content, String mimeType) {
    }

    record CommentId(String id) {
    }

    /** The next {@code count} hook events are sent nowhere; also the answer (what is still to be suppressed). */
    record SuppressRequest(int count) {
    }

    /** {@code status} one of 400 401 403 404 409 429 500 503; {@code count} default 1; {@code method}, {@code path} optional. */
    record FaultRequest(int status, Integer count, String method, String path, Integer retryAfterSeconds) {
    }

    record FaultView(int status, int count, String method, String path, Integer retryAfterSeconds) {
        static FaultView of(Fault fault) {
            return new FaultView(fault.failure().status(), fault.count(), fault.method().orElse(null),
                    fault.path().orElse(null), fault.retryAfterSeconds().orElse(null));
        }
    }

    @GET
    @Path("projects")
    public Envelope projects() {
        return Envelope.ofList(dooray.projects().stream()
                .map(p -> new ProjectSummary(p.id(), p.code(), p.organizationId(), p.hookUrls(), p.members(),
                        p.workflows().stream().map(WorkflowView::of).toList()))
                .toList());
    }

    @PUT
    @Path("projects/{projectId}/hooks")
    public Envelope replaceHooks(@PathParam("projectId") String projectId, HookUrls request) {
        Project project = dooray.project(projectId);
        dooray.replaceHookUrls(project, required(request).urls() == null ? List.of() : request.urls());
        return Envelope.of(new HookUrls(project.hookUrls()));
    }

    @GET
    @Path("posts")
    public Envelope posts() {
        return Envelope.ofList(dooray.projects().stream().flatMap(p -> p.posts().stream()).map(TaskSummary::of).toList());
    }

    @POST
    @Path("projects/{projectId}/posts/{postId}/workflow")
    public Envelope move(@PathParam("projectId") String projectId, @PathParam("postId") String postId, MoveRequest request) {
        Project project = dooray.project(projectId);
        String workflowId = Optional.ofNullable(required(request).workflowId()).orElseGet(() -> {
            if (request.workflowClass() == null) {
                throw new DoorayException(Failure.BAD_REQUEST, "workflowId or workflowClass is required");
            }
            return project.firstOf(WorkflowClass.parse(request.workflowClass())).id();
        });
        tasks.moveTo(project, postId, workflowId, actor(project, request.memberId()));
        return Envelope.of(TaskSummary.of(project.post(postId)));
    }

    @POST
    @Path("projects/{projectId}/posts/{postId}/comments")
    public Envelope comment(@PathParam("projectId") String projectId, @PathParam("postId") String postId,
                            CommentRequest request) {
        Project project = dooray.project(projectId);
        Body body = new Body(Optional.ofNullable(required(request).mimeType()).orElse("text/x-markdown"), request.content());
        String id = tasks.comment(project, postId, body, actor(project, request.memberId()));
        return Envelope.of(new CommentId(id));
    }

    @GET
    @Path("hook-deliveries")
    public Envelope deliveries() {
        return Envelope.ofList(hooks.deliveries());
    }

    @POST
    @Path("hooks/suppress")
    public Envelope suppress(SuppressRequest request) {
        if (required(request).count() < 0) {
            throw new DoorayException(Failure.BAD_REQUEST, "count must not be negative");
        }
        hooks.suppressNext(request.count());
        return Envelope.of(new SuppressRequest(hooks.suppressedEvents()));
    }

    @GET
    @Path("faults")
    public Envelope faults() {
        return Envelope.ofList(faults.pending().stream().map(FaultView::of).toList());
    }

    @POST
    @Path("faults")
    public Envelope injectFault(FaultRequest request) {
        Failure failure = Failure.ofStatus(required(request).status()).orElseThrow(() -> new DoorayException(
                Failure.BAD_REQUEST, "status must be one of 400, 401, 403, 404, 409, 429, 500, 503"));
        int count = Optional.ofNullable(request.count()).orElse(1);
        // a 429 or 503 without Retry-After would leave a client guessing; Dooray sends one
        Optional<Integer> retryAfter = Optional.ofNullable(request.retryAfterSeconds())
                .or(() -> failure == Failure.TOO_MANY_REQUESTS || failure == Failure.UNAVAILABLE ? Optional.of(1) : Optional.empty());
        Fault fault = new Fault(failure, count, Optional.ofNullable(request.method()), Optional.ofNullable(request.path()), retryAfter);
        faults.add(fault);
        return Envelope.of(FaultView.of(fault));
    }

    @DELETE
    @Path("faults")
    public Envelope clearFaults() {
        faults.clear();
        return Envelope.of(null);
    }

    @POST
    @Path("reset")
    @Consumes(MediaType.WILDCARD)
    public Envelope reset() {
        tasks.reset();
        faults.clear();
        return Envelope.of(null);
    }

    static Member actor(Project project, String memberId) {
        if (memberId != null) {
            return project.member(memberId);
        }
        return project.members().stream().findFirst().orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                "project " + project.id() + " has no members to act as"));
    }
}
