package io.switchboard.dooray.domain;

/** A project's workflow (its own name, e.g. "In review") and the class Dooray clients read state from. */
public record Workflow(String id, String name, WorkflowClass workflowClass) {
}
