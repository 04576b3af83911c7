package io.switchboard.dooray.api;

import io.switchboard.dooray.api.Requests.CreateLogRequest;
import io.switchboard.dooray.api.Requests.CreatePostRequest;
import io.switchboard.dooray.api.Requests.SetWorkflowRequest;
import io.switchboard.dooray.api.Responses.IdView;
import io.switchboard.dooray.api.Responses.MemberView;
import io.switchboard.dooray.api.Responses.PostView;
import io.switchboard.dooray.api.Responses.ProjectView;
import io.switchboard.dooray.api.Responses.TagView;
import io.switchboard.dooray.application.Tasks;
import io.switchboard.dooray.domain.Dooray;
import io.switchboard.dooray.domain.Post;
import io.switchboard.dooray.wire.Envelope;
import io.switchboard.dooray.wire.Views.CommentView;
import io.switchboard.dooray.wire.Views.WorkflowView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Optional;

import static io.switchboard.dooray.wire.RequestBodies.required;

/** The part of Dooray's project API that Switchboard uses. */
@Path("/project/v1/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final String SCHEME = "dooray-api ";

    private final Dooray dooray;
    private final Tasks tasks;

    ProjectResource(Dooray dooray, Tasks tasks) {
        this.dooray = dooray;
        this.tasks = tasks;
    }

    @GET
    public Envelope project(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("projectId") String projectId) {
        return Envelope.of(ProjectView.of(caller(authorization, projectId).project()));
    }

    @GET
    @Path("members")
    public Envelope members(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("projectId") String projectId) {
        return Envelope.ofList(caller(authorization, projectId).project().members().stream().map(MemberView::of).toList());
    }

    @GET
    @Path("tags")
    public Envelope tags(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("projectId") String projectId) {
        return Envelope.ofList(caller(authorization, projectId).project().tags().stream().map(TagView::of).toList());
    }

    @GET
    @Path("workflows")
    public Envelope workflows(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("projectId") String projectId) {
        return Envelope.ofList(caller(authorization, projectId).project().workflows().stream().map(WorkflowView::of).toList());
    }

    @POST
    @Path("posts")
    public Envelope createPost(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("projectId") String projectId, CreatePostRequest request) {
        Dooray.Caller caller = caller(authorization, projectId);
        Post post = dooray.createPost(caller, required(request).toNewPost());
        return Envelope.of(new IdView(post.id()));
    }

    /** The project's tasks, oldest first; {@code subjects} keeps those whose subject contains it, as Dooray's filter. */
    @GET
    @Path("posts")
    public Envelope posts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("projectId") String projectId, @QueryParam("subjects") String subjects) {
        return Envelope.ofList(caller(authorization, projectId).project().posts().stream()
                .filter(post -> subjects == null || post.subject().contains(subjects)).map(PostView::of).toList());
    }

    @GET
    @Path("posts/{postId}")
    public Envelope post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("projectId") String projectId,
                         @PathParam("postId") String postId) {
        return Envelope.of(PostView.of(caller(authorization, projectId).project().post(postId)));
    }

    @POST
    @Path("posts/{postId}/set-workflow")
    public Envelope setWorkflow(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @PathParam("projectId") String projectId, @PathParam("postId") String postId,
                                SetWorkflowRequest request) {
        Dooray.Caller caller = caller(authorization, projectId);
        tasks.moveTo(caller.project(), postId, required(request).workflowId(), caller.member());
        return Envelope.of(null);
    }

    @POST
    @Path("posts/{postId}/logs")
    public Envelope comment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @PathParam("projectId") String projectId, @PathParam("postId") String postId,
                            CreateLogRequest request) {
        Dooray.Caller caller = caller(authorization, projectId);
        String id = tasks.comment(caller.project(), postId, required(request).toBody(), caller.member());
        return Envelope.of(new IdView(id));
    }

    @GET
    @Path("posts/{postId}/logs")
    public Envelope comments(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("projectId") String projectId, @PathParam("postId") String postId) {
        return Envelope.ofList(caller(authorization, projectId).project().post(postId).comments().stream()
                .map(CommentView::of).toList());
    }

    private Dooray.Caller caller(String authorization, String projectId) {
        Optional<String> token = Optional.ofNullable(authorization).filter(a -> a.startsWith(SCHEME))
                .map(a -> a.substring(SCHEME.length()).trim());
        return dooray.projectFor(token, projectId);
    }
}
