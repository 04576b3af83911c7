package io.switchboard.escalation.dooray.application;

import io.switchboard.escalation.dooray.application.DoorayApi.Member;
import io.switchboard.escalation.dooray.application.DoorayApi.Tag;
import io.switchboard.escalation.dooray.application.DoorayApi.TagGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the escalation dialog offers for one of a service's Dooray projects, read from Dooray each time. */
@ApplicationScoped
public class DoorayProjects {

    private final DoorayConnections connections;
    private final DoorayClient dooray;

    DoorayProjects(DoorayConnections connections, DoorayClient dooray) {
        this.connections = connections;
        this.dooray = dooray;
    }

    /** A tag group and its tags, in Dooray's order: a mandatory group needs one of them, a select-one at most one. */
    public record TagChoice(TagGroup group, List<Tag> tags) {
    }

    /** The project's tags: by group, and those outside every group. */
    public record ProjectTags(List<TagChoice> groups, List<Tag> ungrouped) {
    }

    public List<Member> members(String serviceCode, String projectId) {
        return dooray.members(connections.tokenForProject(serviceCode, projectId), projectId);
    }

    public ProjectTags tags(String serviceCode, String projectId) {
        Map<String, TagChoice> groups = new LinkedHashMap<>();
        List<Tag> ungrouped = new ArrayList<>();
        for (Tag tag : dooray.tags(connections.tokenForProject(serviceCode, projectId), projectId)) {
            tag.group().ifPresentOrElse(
                    group -> groups.computeIfAbsent(group.id(), id -> new TagChoice(group, new ArrayList<>())).tags().add(tag),
                    () -> ungrouped.add(tag));
        }
        return new ProjectTags(groups.values().stream().map(c -> new TagChoice(c.group(), List.copyOf(c.tags()))).toList(),
                List.copyOf(ungrouped));
    }
}
