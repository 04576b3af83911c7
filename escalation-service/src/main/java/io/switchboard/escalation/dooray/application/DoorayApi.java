package io.switchboard.escalation.dooray.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What {@link DoorayClient} sends to and reads from Dooray's project API (PRODUCT.md §6), as records. Members
 * Dooray adds later are ignored when read.
 */
public final class DoorayApi {

    private DoorayApi() {
    }

    public record IdRef(String id) {
    }

    public record Project(String id, String code, String state, IdRef organization) {
    }

    public record Member(String organizationMemberId, String name, String role) {
    }

    public record TagGroup(String id, String name, boolean mandatory, boolean selectOne) {
    }

    /** {@code tagGroup} is absent for a tag outside every group. */
    public record Tag(String id, String name, TagGroup tagGroup) {
        public Optional<TagGroup> group() {
            return Optional.ofNullable(tagGroup);
        }
    }

    /** {@code workflowClass} is one of {@code backlog}, {@code registered}, {@code working}, {@code closed}. */
    public record Workflow(String id, String name, @JsonProperty("class") String workflowClass) {
    }

    /** {@code mimeType} is {@code text/html} or {@code text/x-markdown}. */
    public record Body(String mimeType, String content) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberRef(String organizationMemberId, String name) {
    }

    /** A recipient or author: {@code {"type": "member", "member": {"organizationMemberId": ...}}}. */
    public record User(String type, MemberRef member) {
        public static User member(String organizationMemberId) {
            return new User("member", new MemberRef(organizationMemberId, null));
        }
    }

    public record Users(User from, List<User> to, List<User> cc) {
    }

    /** A task to create; {@code priority} {@code none} (Dooray's default) or {@code lowest} … {@code highest}. */
    public record NewPost(String subject, Body body, Recipients users, List<String> tagIds, String priority) {
    }

    public record Recipients(List<User> to, List<User> cc) {
    }

    public record Post(String id, IdRef project, String subject, Body body, Users users, List<String> tagIds,
                       String priority, String workflowClass, Workflow workflow, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt) {
    }

    public record NewComment(Body body) {
    }

    public record Comment(String id, String type, Body body, User creator, OffsetDateTime createdAt) {
    }
}
