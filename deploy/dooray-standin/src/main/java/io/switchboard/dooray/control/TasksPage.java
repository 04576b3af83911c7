package io.switchboard.dooray.control;

import io.switchboard.dooray.application.Tasks;
import io.switchboard.dooray.domain.Body;
import io.switchboard.dooray.domain.Dooray;
import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Post;
import io.switchboard.dooray.domain.Project;
import io.switchboard.dooray.domain.Workflow;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** A page listing every task, with forms to move it and to comment on it as a project member (for demos). */
@Path("/")
public class TasksPage {

    private final Dooray dooray;
    private final Tasks tasks;

    TasksPage(Dooray dooray, Tasks tasks) {
        this.dooray = dooray;
        this.tasks = tasks;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Dooray stand-in</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}form{margin:.2em 0}</style></head>
                <body><h1>Dooray stand-in</h1>
                <p>Tasks are kept in memory; a restart forgets them. Control API: <code>/standin/...</code>.</p>
                """);
        for (Project project : dooray.projects()) {
            html.append("<h2>Project ").append(escape(project.code())).append(" (").append(escape(project.id())).append(")</h2>");
            if (project.posts().isEmpty()) {
                html.append("<p>No tasks yet.</p>");
                continue;
            }
            html.append("<table><tr><th>Task</th><th>Subject</th><th>Workflow</th><th>Comments</th><th>Act as a member</th></tr>");
            for (Post post : project.posts()) {
                html.append("<tr><td>").append(escape(post.id())).append("</td><td>").append(escape(post.subject()))
                        .append("</td><td>").append(escape(post.workflow().name())).append(" (")
                        .append(post.workflow().workflowClass().wireName()).append(")</td><td>")
                        .append(post.comments().size()).append("</td><td>")
                        .append(moveForm(project, post)).append(commentForm(project, post)).append("</td></tr>");
            }
            html.append("</table>");
        }
        return html.append("</body></html>").toString();
    }

    @POST
    @Path("page/workflow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@FormParam("projectId") String projectId, @FormParam("postId") String postId,
                         @FormParam("workflowId") String workflowId, @FormParam("memberId") String memberId) {
        Project project = dooray.project(projectId);
        tasks.moveTo(project, postId, workflowId, ControlResource.actor(project, memberId));
        return backToPage();
    }

    @POST
    @Path("page/comment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@FormParam("projectId") String projectId, @FormParam("postId") String postId,
                            @FormParam("memberId") String memberId, @FormParam("content") String content) {
        Project project = dooray.project(projectId);
        tasks.comment(project, postId, new Body("text/x-markdown", content), ControlResource.actor(project, memberId));
        return backToPage();
    }

    private static Response backToPage() {
        return Response.seeOther(URI.create("/")).build();
    }

    private static String moveForm(Project project, Post post) {
        StringBuilder form = formStart("workflow", project, post).append("<select name=\"workflowId\">");
        for (Workflow workflow : project.workflows()) {
            form.append("<option value=\"").append(escape(workflow.id())).append('"')
                    .append(workflow.equals(post.workflow()) ? " selected" : "").append('>')
                    .append(escape(workflow.name())).append(" (").append(workflow.workflowClass().wireName()).append(")</option>");
        }
        return form.append("</select>").append(memberSelect(project)).append("<button>Move</button></form>").toString();
    }

    private static String commentForm(Project project, Post post) {
        return formStart("comment", project, post)
                .append("<textarea name=\"content\" rows=\"2\" cols=\"40\" required></textarea>")
                .append(memberSelect(project)).append("<button>Comment</button></form>").toString();
    }

    private static StringBuilder formStart(String action, Project project, Post post) {
        return new StringBuilder("<form method=\"post\" action=\"/page/").append(action).append("\">")
                .append("<input type=\"hidden\" name=\"projectId\" value=\"").append(escape(project.id())).append("\">")
                .append("<input type=\"hidden\" name=\"postId\" value=\"").append(escape(post.id())).append("\">");
    }

    private static String memberSelect(Project project) {
        StringBuilder select = new StringBuilder(" as <select name=\"memberId\">");
        for (Member member : project.members()) {
            select.append("<option value=\"").append(escape(member.organizationMemberId())).append("\">")
                    .append(escape(member.name())).append("</option>");
        }
        return select.append("</select> ").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
