package io.switchboard.ticket.access;

import io.switchboard.ticket.integration.domain.ClientId;
import java.util.Set;

/**
 * Who sent the current request, as the bearer token says; {@code authorizedParty} is the token's {@code azp}
 * (the Keycloak client the token was issued to), null when unknown.
 */
public record Caller(String username, String displayName, String email, Set<String> roles, String authorizedParty) {

    public static final String AGENT = "agent";
    public static final String INTEGRATION = "integration";
    public static final String ORG_ADMIN = "org-admin";
    /**
     * Switchboard's own machine accounts (notification-service): they read the files of any ticket, to mail an
     * operator's reply with its attachments, and nothing else — only that download admits the role.
     */
    public static final String SERVICE = "service";

    public Caller(String username, String displayName, String email, Set<String> roles) {
        this(username, displayName, email, roles, null);
    }

    public boolean isAgent() {
        return roles.contains(AGENT);
    }

    public boolean isOrgAdmin() {
        return roles.contains(ORG_ADMIN);
    }

    public boolean isService() {
        return roles.contains(SERVICE);
    }

    public boolean isIntegration() {
        return roles.contains(INTEGRATION);
    }

    /** The Keycloak client id an integration's grants are kept under. */
    public ClientId clientId() {
        return ClientId.of(authorizedParty, username);
    }
}
