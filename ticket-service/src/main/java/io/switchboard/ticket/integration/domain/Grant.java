package io.switchboard.ticket.integration.domain;

import java.time.Instant;

/** An integration client may create and read tickets of one service. */
public record Grant(String clientId, String serviceCode, Instant createdAt) {
}
