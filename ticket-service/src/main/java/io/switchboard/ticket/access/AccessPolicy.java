package io.switchboard.ticket.access;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.integration.persistence.GrantRepository;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The one place in ticket-service that says who may do what: which services a caller may work in, read or
 * administer, which tickets they see, and which actions they may take on a ticket. Outsiders learn nothing
 * (404); insiders who lack the right get 403, and that is decided before the ticket's state or version is looked
 * at, so the answer does not depend on what the ticket is doing.
 */
@ApplicationScoped
public class AccessPolicy {

    private final PeopleRepository people;
    private final GrantRepository grants;
    private final TicketRepository tickets;

    AccessPolicy(PeopleRepository people, GrantRepository grants, TicketRepository tickets) {
        this.people = people;
        this.grants = grants;
        this.tickets = tickets;
    }

    /** The service, if the caller may work in it: agents need a membership, integrations a grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace accessibleService(Caller caller, String code) {
        Workspace workspace = people.workspace(code).orElseThrow(() -> unknownService(code));
        if (!canSee(caller, code)) {
            throw unknownService(code);
        }
        return workspace;
    }

    /** The service for reading its settings and people: org-admins see every service, agents their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace readableService(Caller caller, String code) {
        Workspace workspace = people.workspace(code).orElseThrow(() -> unknownService(code));
        if (!caller.isOrgAdmin() && people.membership(code, caller.username()).isEmpty()) {
            throw unknownService(code);
        }
        return workspace;
    }

    /**
     * The service for changing its settings, groups and memberships: org-admins and the service's ADMINs.
     * Its OPERATORs know it exists and get 403; everyone else 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace administrableService(Caller caller, String code) {
        Workspace workspace = readableService(caller, code);
        if (!caller.isOrgAdmin() && people.membership(code, caller.username())
                .map(m -> m.role() != Membership.Role.ADMIN).orElse(true)) {
            throw new ProblemException.Forbidden("Only admins of " + code + " manage its settings, groups and members.");
        }
        return workspace;
    }

    /** Members and granted integrations work in a service; org-admins only through a membership of their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean canSee(Caller caller, String serviceCode) {
        // the grant first: integrations ask on every request, and their answer is cached
        return granted(caller, serviceCode) || people.membership(serviceCode, caller.username()).isPresent();
    }

    /**
     * Whether the caller reads the service's intake (inquiry types, customer fields) only as someone escalating to
     * it: an operator of an inquiry service who is no member of this issue-management service.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean readsIntakeAsEscalator(Caller caller, String serviceCode) {
        return caller.isAgent() && people.membership(serviceCode, caller.username()).isEmpty()
                && people.workspace(serviceCode).map(w -> w.type() == Workspace.Type.ISSUE).orElse(false)
                && people.membershipsOf(caller.username()).stream().anyMatch(m -> people.workspace(m.workspaceCode())
                        .map(w -> w.type() == Workspace.Type.INQUIRY).orElse(false));
    }

    /** The services the caller is a member of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> serviceCodesOf(Caller caller) {
        return people.membershipsOf(caller.username()).stream().map(Membership::workspaceCode).toList();
    }

    /** The caller's standing in a service, for deciding many tickets of it at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Standing standing(Caller caller, String serviceCode) {
        Membership membership = caller.isAgent() ? people.membership(serviceCode, caller.username()).orElse(null) : null;
        boolean inAGroup = membership != null && !people.groupsOf(caller.username(), serviceCode).isEmpty();
        Workspace workspace = membership != null ? people.workspace(serviceCode).orElse(null) : null;
        boolean inquiryService = workspace != null && workspace.type() == Workspace.Type.INQUIRY;
        return new Standing(caller.username(), membership, inAGroup, granted(caller, serviceCode), inquiryService,
                workspace != null && workspace.maskingEnabled(), workspace != null && workspace.operatorsMayUnmask());
    }

    /**
     * The ticket if the caller may see it; otherwise 404, so ids of other services don't leak.
     * Sub-tickets are private to their people (see {@link #maySee}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket visibleTicket(Caller caller, UUID id) {
        return tickets.find(id).filter(t -> maySee(caller, t))
                .orElseThrow(() -> new ProblemException.NotFound("There is no ticket " + id + "."));
    }

    /**
     * Any member of the service (or a granted integration) sees an ordinary ticket, and so do the operators of the
     * services it was escalated to (read-only: they may take no action on it, see {@link Standing}). A sub-ticket
     * only its service's admins, its assignee, the members of its group and the parent's assignee
     * see — so siblings stay private to their owners. The list query repeats this rule. Switchboard's
     * own services ({@link Caller#SERVICE}) see every ticket, but the only endpoint admitting them is
     * the attachment download.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean maySee(Caller caller, Ticket ticket) {
        return maySee(caller, ticket, code -> canSee(caller, code));
    }

    /**
     * The tickets the caller may see ({@link #maySee}), in their order; whether the caller works in a service is
     * asked once per service, not once per ticket.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Ticket> visibleAmong(Caller caller, List<Ticket> candidates) {
        Map<String, Boolean> services = new HashMap<>();
        return candidates.stream()
                .filter(t -> maySee(caller, t, code -> services.computeIfAbsent(code, c -> canSee(caller, c))))
                .toList();
    }

    private boolean maySee(Caller caller, Ticket ticket, Predicate<String> worksIn) {
        if (ticket.isDeleted()) {
            return false;
        }
        if (caller.isService()) {
            return true;
        }
        if (!worksIn.test(ticket.serviceCode())) {
            // the issue service's operators read the inquiry escalated to them, and nothing else of its service
            return caller.isAgent() && tickets.escalatedToServices(ticket.id()).stream().anyMatch(worksIn);
        }
        if (!ticket.isSubTicket() || caller.isIntegration()) {
            return true;
        }
        String me = caller.username();
        return me.equals(ticket.assignee())
                || people.membership(ticket.serviceCode(), me).map(m -> m.role() == Membership.Role.ADMIN).orElse(false)
                || (ticket.groupId() != null && people.isInGroup(me, ticket.groupId()))
                || tickets.find(ticket.parentId()).map(p -> me.equals(p.assignee())).orElse(false);
    }

    /** Refuses (403) an action the caller may not take on a ticket they see, whatever the ticket's status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Standing permit(Caller caller, Ticket ticket, TicketAction action) {
        Standing standing = standing(caller, ticket.serviceCode());
        String refusal = standing.refusal(ticket, action);
        if (refusal != null) {
            throw new ProblemException.Forbidden(refusal);
        }
        return standing;
    }

    /** Refuses (403) choosing the group or assignee of a new ticket: {@link Standing#mayPlaceNewTickets()}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void permitPlacingNewTicket(Caller caller, String serviceCode) {
        if (!standing(caller, serviceCode).mayPlaceNewTickets()) {
            throw new ProblemException.Forbidden("Only operators with the forward permission, or admins, choose the "
                    + "group or assignee of a new ticket of " + serviceCode + ".");
        }
    }

    /** The actions the caller may take on the ticket now: allowed to them and in the ticket's status. */
    public static List<TicketAction> allowedActions(Standing standing, Ticket ticket) {
        return Arrays.stream(TicketAction.values())
                .filter(a -> !a.system() && ticket.allows(a) && standing.refusal(ticket, a) == null)
                .toList();
    }

    /**
     * A bulk job's results are for its creator and for the admins of every service its tickets are in, who
     * answer for what was done there; the operators of those services, and everyone else, do not see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean maySeeBulkJob(Caller caller, String createdBy, List<String> serviceCodes) {
        return caller.username().equals(createdBy) || (!serviceCodes.isEmpty() && serviceCodes.stream()
                .allMatch(code -> people.membership(code, caller.username())
                        .map(m -> m.role() == Membership.Role.ADMIN).orElse(false)));
    }

    /** Internal notes and the audit lines of internal work are for the service's operators, not integrations. */
    public boolean seesInternalWork(Caller caller) {
        return caller.isAgent();
    }

    /**
     * Templates: whether the caller may create, change or delete a template of the service (a shared one when
     * {@code shared}): shared ones only org-admins, a service's own also the service's ADMINs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayManageTemplate(Caller caller, String serviceCode, boolean shared) {
        return caller.isOrgAdmin() || !shared && people.membership(serviceCode, caller.username())
                .map(m -> m.role() == Membership.Role.ADMIN).orElse(false);
    }

    /**
     * Refuses (403) a template change the caller may not make ({@link #mayManageTemplate}); 404 when they may not
     * even read the service. Returns the service.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace templateManagingService(Caller caller, String serviceCode, boolean shared) {
        Workspace workspace = readableService(caller, serviceCode);
        if (!mayManageTemplate(caller, serviceCode, shared)) {
            throw new ProblemException.Forbidden(shared ? "Only org-admins manage shared templates."
                    : "Only admins of " + serviceCode + " manage its templates.");
        }
        return workspace;
    }

    /**
     * The service whose templates the caller fills in for a reply or a new ticket: its operators only (403 for
     * those who see one of its tickets without working in it, 404 for everyone else).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace templateUsingService(Caller caller, String serviceCode) {
        Workspace workspace = people.workspace(serviceCode).orElseThrow(() -> unknownService(serviceCode));
        if (!caller.isAgent() || people.membership(serviceCode, caller.username()).isEmpty()) {
            throw new ProblemException.Forbidden("Only operators of " + serviceCode + " use its templates.");
        }
        return workspace;
    }

    private boolean granted(Caller caller, String serviceCode) {
        return caller.isIntegration() && grants.isGranted(caller.clientId().value(), serviceCode);
    }

    private static ProblemException.NotFound unknownService(String code) {
        return new ProblemException.NotFound("There is no service " + code + ".");
    }
}
