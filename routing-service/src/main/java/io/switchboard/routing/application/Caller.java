package io.switchboard.routing.application;

import java.util.Set;

/** Who sent the current request, as the bearer token says. */
public record Caller(String username, Set<String> roles) {

    public static final String AGENT = "agent";
    public static final String ORG_ADMIN = "org-admin";

    public boolean isOrgAdmin() {
        return roles.contains(ORG_ADMIN);
    }
}
