package io.switchboard.dooray.hooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.dooray.domain.HookEvent;
import io.switchboard.dooray.wire.Views.CommentView;
import io.switchboard.dooray.wire.Views.UserView;
import io.switchboard.dooray.wire.Views.WorkflowView;

/** The JSON a hook URL receives; which fields are set depends on {@code hookEventType}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HookPayload(String hookEventType, UserView source, ProjectView project, PostView post, WorkflowView workflow,
                   WorkflowView previousWorkflow, CommentView comment) {

    record ProjectView(String id, String code) {
    }

    record PostView(String id, String subject, String workflowClass, WorkflowView workflow) {
    }

    static HookPayload of(HookEvent event) {
        ProjectView project = new ProjectView(event.project().id(), event.project().code());
        PostView post = new PostView(event.post().id(), event.post().subject(),
                event.post().workflow().workflowClass().wireName(), WorkflowView.of(event.post().workflow()));
        UserView source = UserView.of(event.source());
        if (event instanceof HookEvent.WorkflowChanged changed) {
            return new HookPayload(event.type(), source, project, post, WorkflowView.of(changed.current()),
                    WorkflowView.of(changed.previous()), null);
        }
        HookEvent.CommentCreated created = (HookEvent.CommentCreated) event;
        return new HookPayload(event.type(), source, project, post, null, null, CommentView.of(created.comment()));
    }
}
