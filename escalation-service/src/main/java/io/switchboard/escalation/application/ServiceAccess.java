package io.switchboard.escalation.application;

import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.escalation.domain.Escalation;
import io.switchboard.escalation.domain.ServiceCopy;
import io.switchboard.escalation.domain.TicketSnapshot;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.escalation.domain.ServiceType;
import io.switchboard.escalation.persistence.ServiceCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Who may do what here, by the rule ticket-service applies: a service's tickets are for its members (any role);
 * org-admins have no ticket rights by themselves (PRODUCT.md §2). Memberships come from ServiceChanged.
 * Escalations: the source ticket's assignee or an admin of its service asks for one; the members of the source
 * and of the target service read it.
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

    /** Refuses (403) a caller who sees the ticket but is neither its assignee nor an admin of its service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permitEscalation(TicketSnapshot ticket) {
        String user = identity.getPrincipal().getName();
        String role = services.find(ticket.serviceCode()).flatMap(service -> service.roleOf(user)).orElse(null);
        if (!"ADMIN".equals(role) && !user.equals(ticket.assignee())) {
            throw new ProblemException.Forbidden("Only the assignee or an admin can escalate ticket "
                    + ticket.number() + ".");
        }
    }

    /** Members of the escalated ticket's service and of the service it went to read the escalation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayRead(Escalation escalation) {
        return mayReadTickets(escalation.sourceServiceCode()) || mayReadTickets(escalation.targetServiceCode());
    }

    /** The signed-in user's name. */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /** Runs in the consumer's transaction: replaces the service's members (username → role) unless the event is older. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceChanged(String serviceCode, String name, ServiceType type, Map<String, String> members,
                               Instant changedAt) {
        ServiceCopy copy = services.lock(serviceCode).orElseGet(() -> {
            ServiceCopy created = new ServiceCopy(serviceCode);
            services.add(created);
            return created;
        });
        copy.replace(name, type, members, changedAt);
    }

    /** Whether the caller is an ADMIN member of the service: may change its settings (e.g. its Dooray connection). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayAdminister(String serviceCode) {
        String user = identity.getPrincipal().getName();
        return services.find(serviceCode).flatMap(service -> service.roleOf(user)).map("ADMIN"::equals).orElse(false);
    }

    /** Refuses (404) a caller who is no member of the service, so codes do not leak; returns whether they administer it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean permitMember(String serviceCode) {
        if (!mayReadTickets(serviceCode)) {
            throw new ProblemException.NotFound("No service " + serviceCode + " is known here.");
        }
        return mayAdminister(serviceCode);
    }

    /** Refuses a member who is no admin of the service (403) and everyone else (404); {@code what} names the settings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permitAdmin(String serviceCode, String what) {
        if (!permitMember(serviceCode)) {
            throw new ProblemException.Forbidden("Only admins of service " + serviceCode + " may change " + what + ".");
        }
    }
}
