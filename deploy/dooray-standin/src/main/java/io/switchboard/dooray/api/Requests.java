package io.switchboard.dooray.api;

import io.switchboard.dooray.domain.Body;
import io.switchboard.dooray.domain.DoorayException;
import io.switchboard.dooray.domain.Failure;
import io.switchboard.dooray.domain.NewPost;
import io.switchboard.dooray.domain.Priority;

import java.util.ArrayList;
import java.util.List;

/** Request bodies of the Dooray API; fields a client sends beyond these are ignored, as Dooray does. */
final class Requests {

    private Requests() {
    }

    record BodyRequest(String mimeType, String content) {
        Body toBody() {
            return new Body(mimeType, content);
        }
    }

    record MemberRequest(String organizationMemberId) {
    }

    record UserRequest(String type, MemberRequest member) {
    }

    record UsersRequest(List<UserRequest> to, List<UserRequest> cc) {
    }

    record CreatePostRequest(String subject, BodyRequest body, UsersRequest users, List<String> tagIds, String priority) {
        NewPost toNewPost() {
            return new NewPost(subject, body == null ? null : body.toBody(),
                    memberIds(users == null ? null : users.to(), "users.to"),
                    memberIds(users == null ? null : users.cc(), "users.cc"),
                    tagIds == null ? List.of() : tagIds, Priority.parse(priority));
        }
    }

    record SetWorkflowRequest(String workflowId) {
    }

    record CreateLogRequest(BodyRequest body) {
        Body toBody() {
            if (body == null) {
                throw new DoorayException(Failure.BAD_REQUEST, "body is required");
            }
            return body.toBody();
        }
    }

    /** The stand-in knows project members only; Dooray's email and group recipients are refused by name. */
    private static List<String> memberIds(List<UserRequest> users, String field) {
        List<String> ids = new ArrayList<>();
        if (users == null) {
            return ids;
        }
        for (int i = 0; i < users.size(); i++) {
            UserRequest user = users.get(i);
            if (user == null || !"member".equals(user.type()) || user.member() == null
                    || user.member().organizationMemberId() == null) {
                throw new DoorayException(Failure.BAD_REQUEST, field + "[" + i
                        + "] must be {\"type\": \"member\", \"member\": {\"organizationMemberId\": ...}} (the stand-in supports member recipients only)");
            }
            ids.add(user.member().organizationMemberId());
        }
        return ids;
    }
}
