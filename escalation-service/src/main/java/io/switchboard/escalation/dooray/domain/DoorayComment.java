package io.switchboard.escalation.dooray.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment of an escalation's Dooray task, in the ticket's "Dooray conversation": {@code fromSwitchboard} when an
 * operator wrote it through Switchboard ({@code authorUsername} is theirs then), otherwise someone in Dooray.
 */
public record DoorayComment(UUID escalationId, String commentId, String authorName, String authorMemberId,
                            String authorUsername, boolean fromSwitchboard, String content, String mimeType,
                            Instant createdAt) {
}
