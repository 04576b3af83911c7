package io.switchboard.routing.application;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns the verified token of the current request into a {@link Caller}. */
@ApplicationScoped
public class Callers {

    private final SecurityIdentity identity;

    Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        return new Caller(identity.getPrincipal().getName(), identity.getRoles());
    }
}
