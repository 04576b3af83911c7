package io.switchboard.ticket.integration.application;

import io.quarkus.logging.Log;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.integration.domain.Grant;
import io.switchboard.ticket.integration.persistence.GrantRepository;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Service grants of integration clients: an integration sees only the services it was granted. */
@ApplicationScoped
public class IntegrationGrants {

    /** Keycloak client ids: letters, digits, dot, dash and underscore. */
    static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    private final GrantRepository grants;
    private final PeopleRepository people;
    private final Clock clock;

    IntegrationGrants(GrantRepository grants, PeopleRepository people, Clock clock) {
        this.grants = grants;
        this.people = people;
        this.clock = clock;
    }

    /** Org-admins only (the resource says so): all grants, or those of one client. */
    @Transactional
    public List<Grant> list(String clientId) {
        return grants.all(clientId == null ? null : valid(clientId));
    }

    /** Grants a service to a client; true if it is new. Unknown services are 404. */
    @Transactional
    public boolean grant(String clientId, String serviceCode) {
        String client = valid(clientId);
        people.workspace(serviceCode).orElseThrow(() -> new ProblemException.NotFound("There is no service " + serviceCode + "."));
        boolean created = grants.grant(client, serviceCode, clock.instant());
        if (created) {
            Log.infof("Integration client %s was granted service %s", client, serviceCode);
        }
        return created;
    }

    /** Takes a grant back; the client's next request to that service is a 404. */
    @Transactional
    public void revoke(String clientId, String serviceCode) {
        if (!grants.revoke(valid(clientId), serviceCode)) {
            throw new ProblemException.NotFound("Client " + clientId + " has no grant for " + serviceCode + ".");
        }
        Log.infof("Integration client %s lost its grant for service %s", clientId, serviceCode);
    }

    private static String valid(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new ProblemException.Invalid("clientId", "must be 1–128 letters, digits, dots, dashes or underscores");
        }
        return clientId;
    }
}
