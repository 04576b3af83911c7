package io.switchboard.ticket.ticket.api;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import java.util.function.Supplier;

/** Runs part of a test as another user than the test's {@code @TestSecurity} identity. */
public final class Identities {

    private Identities() {
    }

    public static <T> T as(String user, String role, Supplier<T> action) {
        TestIdentityAssociation association = Arc.container().instance(TestIdentityAssociation.class).get();
        SecurityIdentity previous = association.getTestIdentity();
        association.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
        try {
            return action.get();
        } finally {
            association.setTestIdentity(previous);
        }
    }
}
