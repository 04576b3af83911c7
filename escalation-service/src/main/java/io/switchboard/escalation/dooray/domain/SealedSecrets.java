package io.switchboard.escalation.dooray.domain;

/** A connection's API token and hook secret as stored: sealed, both under the key {@code keyId}. */
public record SealedSecrets(String keyId, String token, String hookSecret) {
}
