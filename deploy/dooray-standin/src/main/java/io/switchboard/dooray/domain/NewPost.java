package io.switchboard.dooray.domain;

import java.util.List;

/** A task to create: recipients and tags are checked against the project by {@link Project#createPost}. */
public record NewPost(String subject, Body body, List<String> toMemberIds, List<String> ccMemberIds, List<String> tagIds,
                      Priority priority) {

    public NewPost {
        if (subject == null || subject.isBlank()) {
            throw new DoorayException(Failure.BAD_REQUEST, "subject is required");
        }
        if (body == null) {
            throw new DoorayException(Failure.BAD_REQUEST, "body is required");
        }
        toMemberIds = List.copyOf(toMemberIds);
        ccMemberIds = List.copyOf(ccMemberIds);
        tagIds = List.copyOf(tagIds);
    }
}
