package io.switchboard.escalation.sla.application;

import io.switchboard.escalation.application.ServiceAccess;
import io.switchboard.escalation.sla.domain.PolicyRules;
import io.switchboard.escalation.sla.domain.SlaPolicy;
import io.switchboard.escalation.sla.persistence.SlaPolicyRepository;
import io.switchboard.platform.problem.IfMatch;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A service's SLA policies: members read them, its admins change them. Every change recomputes the clocks of the
 * service's tickets in the same transaction.
 */
@ApplicationScoped
public class SlaPolicies {

    /** A service's policies in order, and whether the caller may change them. */
    public record Listing(List<SlaPolicy> policies, boolean mayAdminister) {
    }

    private final SlaPolicyRepository policies;
    private final SlaClocks clocks;
    private final ServiceAccess access;
    private final Clock clock;

    SlaPolicies(SlaPolicyRepository policies, SlaClocks clocks, ServiceAccess access, Clock clock) {
        this.policies = policies;
        this.clocks = clocks;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Listing list(String serviceCode) {
        boolean admin = access.permitMember(serviceCode);
        return new Listing(policies.ofService(serviceCode), admin);
    }

    @Transactional
    public SlaPolicy get(String serviceCode, UUID id) {
        access.permitMember(serviceCode);
        return existing(serviceCode, id);
    }

    /** Adds the policy after the service's others. */
    @Transactional
    public SlaPolicy create(String serviceCode, PolicyDraft draft) {
        access.permitAdmin(serviceCode, "its SLA policies");
        PolicyRules rules = draft.rules();
        List<SlaPolicy> current = policies.lockOfService(serviceCode);
        SlaPolicy policy = new SlaPolicy(serviceCode, current.size(), rules, access.username(), clock.instant());
        policies.add(policy);
        policies.flush();
        clocks.policiesChanged(serviceCode, Set.of(policy.id()));
        return policy;
    }

    /** Replaces the policy's content, unless it changed since the version the caller read (409). */
    @Transactional
    public SlaPolicy replace(String serviceCode, UUID id, Long expectedVersion, PolicyDraft draft) {
        access.permitAdmin(serviceCode, "its SLA policies");
        PolicyRules rules = draft.rules();
        policies.lockOfService(serviceCode);
        SlaPolicy policy = existing(serviceCode, id);
        Long expected = expectedVersion != null ? expectedVersion : draft.version();
        IfMatch.require(expected, policy.version(), "Policy " + policy.name());
        policy.replace(rules, access.username(), clock.instant());
        policies.flush();
        clocks.policiesChanged(serviceCode, Set.of(id));
        return policy;
    }

    @Transactional
    public void delete(String serviceCode, UUID id, Long expectedVersion) {
        access.permitAdmin(serviceCode, "its SLA policies");
        List<SlaPolicy> current = policies.lockOfService(serviceCode);
        SlaPolicy policy = existing(serviceCode, id);
        IfMatch.require(expectedVersion, policy.version(), "Policy " + policy.name());
        policies.remove(policy);
        List<SlaPolicy> rest = current.stream().filter(p -> !p.id().equals(id)).toList();
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i, access.username(), clock.instant());
        }
        policies.flush();
        clocks.policiesChanged(serviceCode, Set.of(id));
    }

    /** Puts the policies in the given order; the ids must be exactly the service's policies. */
    @Transactional
    public Listing reorder(String serviceCode, List<UUID> ids) {
        access.permitAdmin(serviceCode, "its SLA policies");
        List<SlaPolicy> current = policies.lockOfService(serviceCode);
        Set<UUID> known = current.stream().map(SlaPolicy::id).collect(Collectors.toSet());
        if (ids == null || ids.size() != known.size() || !known.equals(new HashSet<>(ids))) {
            throw new ProblemException.Invalid("ids", "must list each of the service's " + known.size()
                    + " policies once");
        }
        for (SlaPolicy policy : current) {
            policy.moveTo(ids.indexOf(policy.id()), access.username(), clock.instant());
        }
        policies.flush();
        clocks.policiesChanged(serviceCode, known);
        return new Listing(policies.ofService(serviceCode), true);
    }

    private SlaPolicy existing(String serviceCode, UUID id) {
        return policies.find(id).filter(p -> p.serviceCode().equals(serviceCode))
                .orElseThrow(() -> new ProblemException.NotFound("Service " + serviceCode + " has no SLA policy "
                        + id + "."));
    }
}
