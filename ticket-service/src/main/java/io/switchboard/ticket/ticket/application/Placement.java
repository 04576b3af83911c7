package io.switchboard.ticket.ticket.application;

import java.util.UUID;

/**
 * Where an operator puts the ticket they create: a group's queue, or an operator of that group. Both are optional
 * in the request; an assignee without a group is refused before this is built.
 */
public record Placement(UUID groupId, String assignee) {
}
