package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayApi;
import io.switchboard.escalation.dooray.application.DoorayProjects;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The escalation dialog's choices for a Dooray project. */
public final class ProjectViews {

    private ProjectViews() {
    }

    @Schema(name = "DoorayMember")
    public record MemberView(String organizationMemberId, String name, String role) {
    }

    @Schema(name = "DoorayMembers")
    public record Members(List<MemberView> items) {
        static Members of(List<DoorayApi.Member> members) {
            return new Members(members.stream().map(m -> new MemberView(m.organizationMemberId(), m.name(), m.role()))
                    .toList());
        }
    }

    @Schema(name = "DoorayTag")
    public record TagView(String id, String name) {
        static TagView of(DoorayApi.Tag tag) {
            return new TagView(tag.id(), tag.name());
        }
    }

    @Schema(name = "DoorayTagGroup", description = "mandatory: a task needs one of its tags; selectOne: at most one")
    public record TagGroupView(String id, String name, boolean mandatory, boolean selectOne, List<TagView> tags) {
    }

    @Schema(name = "DoorayTags")
    public record Tags(List<TagGroupView> groups, @Schema(description = "tags outside every group") List<TagView> ungroupedTags) {
        static Tags of(DoorayProjects.ProjectTags tags) {
            return new Tags(tags.groups().stream().map(c -> new TagGroupView(c.group().id(), c.group().name(),
                            c.group().mandatory(), c.group().selectOne(), c.tags().stream().map(TagView::of).toList()))
                    .toList(), tags.ungrouped().stream().map(TagView::of).toList());
        }
    }
}
