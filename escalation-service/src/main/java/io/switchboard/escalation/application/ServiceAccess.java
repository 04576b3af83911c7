package io.switchboard.escalation.application;

import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.escalation.domain.ServiceCopy;
import io.switchboard.escalation.persistence.ServiceCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Who may do what here, by the rule ticket-service applies: a service's tickets are for its members (any role);
 * org-admins have no ticket rights by themselves (PRODUCT.md §2). Memberships come from ServiceChanged.
 */
@ApplicationScoped
public class ServiceAccess {

    private final SecurityIdentity identity;
    private final ServiceCopyRepository services;

    ServiceAccess(SecurityIdentity identity, ServiceCopyRepository services) {
        this.identity = identity;
        this.services = services;
    }

    /** Whether the caller may read the service's tickets. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayReadTickets(String serviceCode) {
        String user = identity.getPrincipal().getName();
        return services.find(serviceCode).map(service -> service.isMember(user)).orElse(false);
    }

    /** Runs in the consumer's transaction: replaces the service's members (username → role) unless the event is older. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceChanged(String serviceCode, Map<String, String> members, Instant changedAt) {
        ServiceCopy copy = services.lock(serviceCode).orElseGet(() -> {
            ServiceCopy created = new ServiceCopy(serviceCode);
            services.add(created);
            return created;
        });
        copy.replace(members, changedAt);
    }

    /** Whether the caller is an ADMIN member of the service: may change its settings (e.g. its Dooray connection). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayAdminister(String serviceCode) {
        String user = identity.getPrincipal().getName();
        return services.find(serviceCode).flatMap(service -> service.roleOf(user)).map("ADMIN"::equals).orElse(false);
    }
}
