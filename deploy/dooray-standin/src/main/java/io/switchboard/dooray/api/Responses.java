package io.switchboard.dooray.api;

import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Post;
import io.switchboard.dooray.domain.Project;
import io.switchboard.dooray.domain.Tag;
import io.switchboard.dooray.wire.Views;
import io.switchboard.dooray.wire.Views.BodyView;
import io.switchboard.dooray.wire.Views.UserView;
import io.switchboard.dooray.wire.Views.WorkflowView;

import java.util.List;

/** Result shapes of the Dooray API. */
final class Responses {

    private Responses() {
    }

    /** A created object's id, and how Dooray refers to an organisation or project inside another result. */
    record IdView(String id) {
    }

    record ProjectView(String id, String code, String state, IdView organization) {
        static ProjectView of(Project project) {
            return new ProjectView(project.id(), project.code(), project.state(), new IdView(project.organizationId()));
        }
    }

    record MemberView(String organizationMemberId, String name, String role) {
        static MemberView of(Member member) {
            return new MemberView(member.organizationMemberId(), member.name(), member.role());
        }
    }

    record TagGroupView(String id, String name, boolean mandatory, boolean selectOne) {
    }

    /** {@code tagGroup} is null for a tag outside any group. */
    record TagView(String id, String name, TagGroupView tagGroup) {
        static TagView of(Tag tag) {
            return new TagView(tag.id(), tag.name(), tag.group()
                    .map(g -> new TagGroupView(g.id(), g.name(), g.mandatory(), g.selectOne())).orElse(null));
        }
    }

    record UsersView(UserView from, List<UserView> to, List<UserView> cc) {
    }

    record PostView(String id, IdView project, String subject, BodyView body, UsersView users, List<String> tagIds,
                    String priority, String workflowClass, WorkflowView workflow, String createdAt, String updatedAt) {
        static PostView of(Post post) {
            return new PostView(post.id(), new IdView(post.projectId()), post.subject(), BodyView.of(post.body()),
                    new UsersView(UserView.of(post.author()), post.toMemberIds().stream().map(UserView::ofId).toList(),
                            post.ccMemberIds().stream().map(UserView::ofId).toList()),
                    post.tagIds(), post.priority().wireName(), post.workflow().workflowClass().wireName(),
                    WorkflowView.of(post.workflow()), Views.timestamp(post.createdAt()), Views.timestamp(post.updatedAt()));
        }
    }
}
