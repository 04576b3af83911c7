package io.switchboard.dooray.application;

import io.switchboard.dooray.domain.Body;
import io.switchboard.dooray.domain.Dooray;
import io.switchboard.dooray.domain.HookEvent;
import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Project;
import io.switchboard.dooray.hooks.HookDeliveries;
import jakarta.enterprise.context.ApplicationScoped;

/** The task changes that Dooray announces to webhooks, whether a client or the control API makes them. */
@ApplicationScoped
public class Tasks {

    private final Dooray dooray;
    private final HookDeliveries hooks;

    Tasks(Dooray dooray, HookDeliveries hooks) {
        this.dooray = dooray;
        this.hooks = hooks;
    }

    public void moveTo(Project project, String postId, String workflowId, Member actor) {
        dooray.moveTo(project, postId, workflowId, actor).ifPresent(hooks::publish);
    }

    /** @return the comment's id */
    public String comment(Project project, String postId, Body body, Member creator) {
        HookEvent.CommentCreated event = dooray.comment(project, postId, body, creator);
        hooks.publish(event);
        return event.comment().id();
    }

    /** Back to the seed: tasks, comments, hook URLs and the record of deliveries. */
    public void reset() {
        dooray.reset();
        hooks.reset();
    }
}
