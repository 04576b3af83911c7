package io.switchboard.ticket.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Turns the verified token of the current request into a {@link Caller}. */
@ApplicationScoped
public class Callers {

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        String name = null;
        String email = null;
        String authorizedParty = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            name = token.getClaim("name");
            email = token.getClaim("email");
            authorizedParty = token.getClaim("azp");
        }
        return new Caller(identity.getPrincipal().getName(), name, email, identity.getRoles(), authorizedParty);
    }
}
