package io.switchboard.dooray.domain;

import java.util.List;

/** What the stand-in starts with, and returns to on reset. */
public record Seed(List<Organization> organizations, List<ApiToken> tokens, List<ProjectDefinition> projects) {

    public Seed {
        organizations = List.copyOf(organizations);
        tokens = List.copyOf(tokens);
        projects = List.copyOf(projects);
        for (ProjectDefinition project : projects) {
            requireOrganization(organizations, project.organizationId(), "project " + project.id());
        }
        for (ApiToken token : tokens) {
            requireOrganization(organizations, token.organizationId(), "a token");
        }
    }

    private static void requireOrganization(List<Organization> organizations, String id, String owner) {
        if (organizations.stream().noneMatch(o -> o.id().equals(id))) {
            throw new IllegalArgumentException(owner + " names organization " + id + ", which the seed does not define");
        }
    }
}
