package io.switchboard.routing.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.routing.domain.ServiceProfile;
import io.switchboard.routing.persistence.StateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * Who may do what, from the ServiceChanged copy: org-admins and the service's ADMINs manage its
 * triggers; its members — only they, org-admins too have no ticket rights by themselves (PRODUCT.md §2) —
 * read its tickets' decisions. Others learn nothing about the service (404).
 */
@ApplicationScoped
public class ServiceAccess {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    private final StateRepository state;

    ServiceAccess(StateRepository state) {
        this.state = state;
    }

    /**
     * Org-admins may manage any well-formed service code, even before its ServiceChanged has arrived;
     * service ADMINs need the copy. Operators of the service get 403, everyone else 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireAdmin(Caller caller, String serviceCode) {
        if (!CODE.matcher(serviceCode).matches()) {
            throw unknown(serviceCode);
        }
        if (caller.isOrgAdmin()) {
            return;
        }
        ServiceProfile service = state.service(serviceCode).filter(s -> s.member(caller.username()).isPresent())
                .orElseThrow(() -> unknown(serviceCode));
        if (!service.isAdmin(caller.username())) {
            throw new ProblemException.Forbidden("Only admins of " + serviceCode + " manage its triggers.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean mayReadTickets(Caller caller, String serviceCode) {
        return state.service(serviceCode).flatMap(s -> s.member(caller.username())).isPresent();
    }

    static ProblemException.NotFound unknown(String serviceCode) {
        return new ProblemException.NotFound("There is no service " + serviceCode + " you may manage.");
    }
}
