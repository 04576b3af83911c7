package io.switchboard.dooray.domain;

import java.util.List;

/** A project as seeded: everything but its tasks. */
public record ProjectDefinition(String id, String code, String state, String organizationId, List<Member> members,
                                List<Tag> tags, List<Workflow> workflows, List<String> hookUrls) {

    public ProjectDefinition {
        members = List.copyOf(members);
        tags = List.copyOf(tags);
        workflows = List.copyOf(workflows);
        hookUrls = List.copyOf(hookUrls);
        for (WorkflowClass workflowClass : WorkflowClass.values()) {
            if (workflows.stream().noneMatch(w -> w.workflowClass() == workflowClass)) {
                throw new IllegalArgumentException("project " + id + " has no workflow of class " + workflowClass.wireName());
            }
        }
    }
}
