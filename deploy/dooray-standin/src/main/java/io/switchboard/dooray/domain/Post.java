package io.switchboard.dooray.domain;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A task of a project, with its comments. Changed only through {@link Project}, which holds the lock; read
 * without it, so what changes is volatile or a concurrent list.
 */
public final class Post {

    private final String id;
    private final String projectId;
    private final Member author;
    private final NewPost content;
    private final Instant createdAt;
    private final List<Comment> comments = new CopyOnWriteArrayList<>();
    private volatile Workflow workflow;
    private volatile Instant updatedAt;

    Post(String id, String projectId, Member author, NewPost content, Workflow workflow, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.author = author;
        this.content = content;
        this.workflow = workflow;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String projectId() {
        return projectId;
    }

    public Member author() {
        return author;
    }

    public String subject() {
        return content.subject();
    }

    public Body body() {
        return content.body();
    }

    public List<String> toMemberIds() {
        return content.toMemberIds();
    }

    public List<String> ccMemberIds() {
        return content.ccMemberIds();
    }

    public List<String> tagIds() {
        return content.tagIds();
    }

    public Priority priority() {
        return content.priority();
    }

    public Workflow workflow() {
        return workflow;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Comment> comments() {
        return List.copyOf(comments);
    }

    /** @return whether the workflow changed (moving a task to the workflow it is in changes nothing) */
    boolean moveTo(Workflow target, Instant now) {
        if (target.equals(workflow)) {
            return false;
        }
        workflow = target;
        updatedAt = now;
        return true;
    }

    void addComment(Comment comment) {
        comments.add(comment);
        updatedAt = comment.createdAt();
    }
}
