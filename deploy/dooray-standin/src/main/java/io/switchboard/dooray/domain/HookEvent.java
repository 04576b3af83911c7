package io.switchboard.dooray.domain;

import java.util.List;

/** What a project's webhooks are told about: a task's workflow changed, or someone commented on it. */
public sealed interface HookEvent {

    /** Dooray's {@code hookEventType}. */
    String type();

    ProjectSummary project();

    PostSnapshot post();

    /** The member whose action caused the event. */
    Member source();

    /** The project's hook URLs when the event happened. */
    List<String> hookUrls();

    record WorkflowChanged(ProjectSummary project, PostSnapshot post, Workflow previous, Workflow current, Member source,
                           List<String> hookUrls) implements HookEvent {
        @Override
        public String type() {
            return "postWorkflowChanged";
        }
    }

    record CommentCreated(ProjectSummary project, PostSnapshot post, Comment comment, Member source,
                          List<String> hookUrls) implements HookEvent {
        @Override
        public String type() {
            return "postCommentCreated";
        }
    }

    record ProjectSummary(String id, String code) {
    }

    /** The task as it was right after the event (the task itself may change again before the hook is sent). */
    record PostSnapshot(String id, String subject, Workflow workflow) {
        static PostSnapshot of(Post post) {
            return new PostSnapshot(post.id(), post.subject(), post.workflow());
        }
    }
}
