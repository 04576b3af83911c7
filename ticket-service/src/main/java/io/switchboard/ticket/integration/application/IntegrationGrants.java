package io.switchboard.ticket.integration.application;

import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.ticket.integration.domain.ClientId;
import io.switchboard.ticket.integration.persistence.GrantRepository;
import io.switchboard.ticket.people.application.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Service grants of integration clients: an integration sees only the services it was granted. */
@ApplicationScoped
public class IntegrationGrants {

    private final GrantRepository grants;
    private final SecurityIdentity identity;

    IntegrationGrants(GrantRepository grants, SecurityIdentity identity) {
        this.grants = grants;
        this.identity = identity;
    }

    /** True if the caller is an integration client granted this service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allows(Caller caller, String serviceCode) {
        return caller.isIntegration() && grants.isGranted(clientId(caller).value(), serviceCode);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> servicesOf(Caller caller) {
        return caller.isIntegration() ? grants.servicesOf(clientId(caller).value()) : List.of();
    }

    /** The caller's client id; the token's {@code azp} when the caller is the current request's identity. */
    public ClientId clientId(Caller caller) {
        String authorizedParty = null;
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && caller.username().equals(token.getName())) {
            authorizedParty = token.getClaim("azp");
        }
        return ClientId.of(authorizedParty, caller.username());
    }
}
