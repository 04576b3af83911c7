package io.switchboard.ticket.integration.domain;

/**
 * The Keycloak client id of an integration: the token's {@code azp}, or the principal name of its
 * service account without Keycloak's {@code service-account-} prefix.
 */
public record ClientId(String value) {

    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    public ClientId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a client id must not be blank");
        }
    }

    /** From the token's authorized party if it has one, else from the principal name. */
    public static ClientId of(String authorizedParty, String principalName) {
        if (authorizedParty != null && !authorizedParty.isBlank()) {
            return new ClientId(authorizedParty);
        }
        return principalName.startsWith(SERVICE_ACCOUNT_PREFIX)
                ? new ClientId(principalName.substring(SERVICE_ACCOUNT_PREFIX.length()))
                : new ClientId(principalName);
    }
}
