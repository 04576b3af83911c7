package io.switchboard.ticket.integration.domain;

/** The first response to an idempotent request, replayed byte for byte on a retry with the same key. */
public record StoredResponse(int status, String location, String body) {
}
