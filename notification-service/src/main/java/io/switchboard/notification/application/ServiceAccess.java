package io.switchboard.notification.application;

import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.notification.domain.ServiceCopy;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may do what here, from this service's copy of ServiceChanged: org-admins and the service's ADMIN
 * members administer its deliveries, secrets and mail settings; its members (any role) preview replies to
 * its tickets; machine accounts of Switchboard's own services (realm role {@code service}) read inbound
 * mail's files.
 */
@ApplicationScoped
public class ServiceAccess {

    static final String ORG_ADMIN = "org-admin";
    static final String SERVICE = "service";

    private final SecurityIdentity identity;
    private final ServiceCopyRepository services;

    ServiceAccess(SecurityIdentity identity, ServiceCopyRepository services) {
        this.identity = identity;
        this.services = services;
    }

    /**
     * Every service for an org-admin (empty), else the services the caller administers; a caller who administers
     * none is refused (403): the lists of administration are not theirs.
     */
    public Optional<List<String>> administered() {
        if (identity.hasRole(ORG_ADMIN)) {
            return Optional.empty();
        }
        List<String> administered = services.administeredBy(identity.getPrincipal().getName());
        if (administered.isEmpty()) {
            throw new ProblemException.Forbidden("Only org-admins and service admins may read this.");
        }
        return Optional.of(administered);
    }

    /**
     * Passes for a member of the service, whatever the role; anyone else — an org-admin too, who has no
     * ticket rights by itself — gets {@code hidden}.
     */
    public void requireMember(String serviceCode, Supplier<ProblemException.NotFound> hidden) {
        String user = identity.getPrincipal().getName();
        if (services.find(serviceCode).flatMap(service -> service.roleOf(user)).isEmpty()) {
            throw hidden.get();
        }
    }

    /** Passes for Switchboard's own services' machine accounts only. */
    public void requireService() {
        if (!identity.hasRole(SERVICE)) {
            throw new ProblemException.Forbidden("Only Switchboard's own services may read this.");
        }
    }

    /**
     * Passes for an org-admin and for an ADMIN member of the service; a member who is not an admin is
     * forbidden; anyone else gets {@code hidden}, so what exists in other services does not leak.
     */
    public void requireAdmin(String serviceCode, Supplier<ProblemException.NotFound> hidden) {
        if (identity.hasRole(ORG_ADMIN)) {
            return;
        }
        String user = identity.getPrincipal().getName();
        Optional<ServiceCopy.Role> role = serviceCode == null ? Optional.empty()
                : services.find(serviceCode).flatMap(service -> service.roleOf(user));
        if (role.isEmpty()) {
            throw hidden.get();
        }
        if (role.get() != ServiceCopy.Role.ADMIN) {
            throw new ProblemException.Forbidden("Only admins of service " + serviceCode + " and org-admins may do this.");
        }
    }
}
