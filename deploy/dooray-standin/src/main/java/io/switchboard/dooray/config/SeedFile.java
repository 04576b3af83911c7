package io.switchboard.dooray.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.switchboard.dooray.domain.ApiToken;
import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Organization;
import io.switchboard.dooray.domain.ProjectDefinition;
import io.switchboard.dooray.domain.Seed;
import io.switchboard.dooray.domain.Tag;
import io.switchboard.dooray.domain.TagGroup;
import io.switchboard.dooray.domain.Workflow;
import io.switchboard.dooray.domain.WorkflowClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The seed file's JSON shape (see the README), turned into the domain's {@link Seed}. */
record SeedFile(List<OrganizationEntry> organizations) {

    record OrganizationEntry(String id, String name, List<TokenEntry> tokens, List<ProjectEntry> projects) {
    }

    record TokenEntry(String token, String memberId) {
    }

    record ProjectEntry(String id, String code, String state, List<Member> members, List<TagGroupEntry> tagGroups,
                        List<TagEntry> tags, List<WorkflowEntry> workflows, List<String> hookUrls) {
    }

    record TagGroupEntry(String id, String name, boolean mandatory, boolean selectOne, List<TagEntry> tags) {
    }

    record TagEntry(String id, String name) {
    }

    record WorkflowEntry(String id, String name, @JsonProperty("class") String workflowClass) {
    }

    Seed toSeed(List<ApiToken> extraTokens) {
        List<Organization> organizationList = new ArrayList<>();
        List<ApiToken> tokenList = new ArrayList<>(extraTokens);
        List<ProjectDefinition> projectList = new ArrayList<>();
        for (OrganizationEntry organization : organizations) {
            organizationList.add(new Organization(organization.id(), organization.name()));
            for (TokenEntry token : orEmpty(organization.tokens())) {
                tokenList.add(new ApiToken(token.token(), organization.id(), token.memberId()));
            }
            for (ProjectEntry project : orEmpty(organization.projects())) {
                projectList.add(new ProjectDefinition(project.id(), project.code(),
                        Optional.ofNullable(project.state()).orElse("active"), organization.id(),
                        orEmpty(project.members()), tags(project), workflows(project), orEmpty(project.hookUrls())));
            }
        }
        return new Seed(organizationList, tokenList, projectList);
    }

    private static List<Tag> tags(ProjectEntry project) {
        List<Tag> tags = new ArrayList<>();
        for (TagGroupEntry group : orEmpty(project.tagGroups())) {
            TagGroup tagGroup = new TagGroup(group.id(), group.name(), group.mandatory(), group.selectOne());
            orEmpty(group.tags()).forEach(t -> tags.add(new Tag(t.id(), t.name(), Optional.of(tagGroup))));
        }
        orEmpty(project.tags()).forEach(t -> tags.add(new Tag(t.id(), t.name(), Optional.empty())));
        return tags;
    }

    private static List<Workflow> workflows(ProjectEntry project) {
        return orEmpty(project.workflows()).stream()
                .map(w -> new Workflow(w.id(), w.name(), WorkflowClass.parse(w.workflowClass()))).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
