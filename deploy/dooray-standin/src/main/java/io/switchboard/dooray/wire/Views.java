package io.switchboard.dooray.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.switchboard.dooray.domain.Body;
import io.switchboard.dooray.domain.Comment;
import io.switchboard.dooray.domain.Member;
import io.switchboard.dooray.domain.Workflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Wire shapes shared by API answers and webhook payloads. */
public final class Views {

    private Views() {
    }

    public record WorkflowView(String id, String name, @JsonProperty("class") String workflowClass) {
        public static WorkflowView of(Workflow workflow) {
            return new WorkflowView(workflow.id(), workflow.name(), workflow.workflowClass().wireName());
        }
    }

    public record BodyView(String mimeType, String content) {
        public static BodyView of(Body body) {
            return new BodyView(body.mimeType(), body.content());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MemberRef(String organizationMemberId, String name) {
    }

    /** A user entry as Dooray writes it: {@code {"type": "member", "member": {"organizationMemberId": ...}}}. */
    public record UserView(String type, MemberRef member) {
        public static UserView of(Member member) {
            return new UserView("member", new MemberRef(member.organizationMemberId(), member.name()));
        }

        public static UserView ofId(String organizationMemberId) {
            return new UserView("member", new MemberRef(organizationMemberId, null));
        }
    }

    public record CommentView(String id, String type, BodyView body, UserView creator, String createdAt) {
        public static CommentView of(Comment comment) {
            return new CommentView(comment.id(), "comment", BodyView.of(comment.body()), UserView.of(comment.creator()),
                    timestamp(comment.createdAt()));
        }
    }

    /** Dooray writes times as ISO-8601 with an offset. */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
