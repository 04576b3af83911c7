package io.switchboard.platform.access;

import java.util.Arrays;
import java.util.List;

/**
 * Who an operation is for, published in each service's OpenAPI document as the operation extension
 * {@value #KEY} (a comma-separated list: any one of them may call it). It is what the service's access policy
 * lets through; the authorization-matrix system test holds every service to it and the API guide's table is
 * generated from it. Relative terms ("member", "assignee") mean: of the service or ticket the path names.
 */
public enum Audience {
    /** Anyone signed in with the realm role {@code agent}. */
    AGENT("agent", "any operator"),
    /** A member of the service, any role. */
    MEMBER("member", "member"),
    /** The ticket's assignee (who may also need a permission, e.g. to forward). */
    ASSIGNEE("assignee", "assignee"),
    /** A member of the service with role ADMIN. */
    SERVICE_ADMIN("service-admin", "service admin"),
    /** Realm role {@code org-admin}; on ticket data only through a membership of their own. */
    ORG_ADMIN("org-admin", "org-admin"),
    /** An integration client granted the service. */
    INTEGRATION("integration", "integration (granted)"),
    /** Switchboard's own services' machine accounts (realm role {@code service}). */
    SWITCHBOARD("switchboard", "Switchboard's services"),
    /** Anyone, without a token: for receivers that authenticate their caller otherwise (a secret in the URL). */
    ANYONE("anyone", "anyone (no token; a secret in the URL)");

    public static final String KEY = "x-audience";

    private final String code;
    private final String label;

    Audience(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** How the API guide names it. */
    public String label() {
        return label;
    }

    /** The audiences of an extension value; an unknown code is an error, so a typo cannot open an endpoint. */
    public static List<Audience> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).map(code -> Arrays.stream(values())
                .filter(a -> a.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audience " + code + " in " + value)))
                .toList();
    }
}
