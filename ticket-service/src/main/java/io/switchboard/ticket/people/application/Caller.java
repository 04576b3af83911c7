package io.switchboard.ticket.people.application;

import java.util.Set;

/** Who sent the current request, as the bearer token says. */
public record Caller(String username, String displayName, String email, Set<String> roles) {

    public static final String AGENT = "agent";
    public static final String INTEGRATION = "integration";
    public static final String ORG_ADMIN = "org-admin";

    public boolean isAgent() {
        return roles.contains(AGENT);
    }

    public boolean isOrgAdmin() {
        return roles.contains(ORG_ADMIN);
    }

    public boolean isIntegration() {
        return roles.contains(INTEGRATION);
    }
}
