package io.switchboard.dooray.domain;

/** A {@code dooray-api} token: it belongs to an organisation and acts as one of its members. */
public record ApiToken(String value, String organizationId, String memberId) {
}
