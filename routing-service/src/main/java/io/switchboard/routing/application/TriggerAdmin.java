package io.switchboard.routing.application;

import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.platform.net.OutboundConfig;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.routing.domain.Trigger;
import io.switchboard.routing.domain.TriggerDefinition;
import io.switchboard.routing.domain.TriggerVersion;
import io.switchboard.routing.persistence.StateRepository;
import io.switchboard.routing.persistence.TriggerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

/** A service's triggers as its admins keep them: create, change (a new version each time), order, delete. */
@ApplicationScoped
public class TriggerAdmin {

    private final TriggerRepository triggers;
    private final StateRepository state;
    private final ServiceAccess access;
    private final AddressPolicy addresses;
    private final Clock clock;

    TriggerAdmin(TriggerRepository triggers, StateRepository state, ServiceAccess access, OutboundConfig outbound,
                 Clock clock) {
        this.triggers = triggers;
        this.state = state;
        this.access = access;
        this.addresses = outbound.policy();
        this.clock = clock;
    }

    @Transactional
    public List<Trigger> list(Caller caller, String serviceCode) {
        access.requireAdmin(caller, serviceCode);
        return triggers.triggers(serviceCode);
    }

    @Transactional
    public Trigger get(Caller caller, String serviceCode, UUID id) {
        access.requireAdmin(caller, serviceCode);
        return find(serviceCode, id);
    }

    /** A new trigger, last in the order. */
    @Transactional
    public Trigger create(Caller caller, String serviceCode, TriggerDraft draft) {
        access.requireAdmin(caller, serviceCode);
        TriggerDefinition definition = draft.validate(memberOf(serviceCode), addresses);
        List<Trigger> existing = triggers.lockTriggers(serviceCode);
        int position = existing.stream().mapToInt(Trigger::position).max().orElse(0) + 1;
        Trigger trigger = new Trigger(UUID.randomUUID(), serviceCode, position, definition, caller.username(),
                clock.instant());
        triggers.add(trigger);
        triggers.addVersion(trigger.currentVersion());
        return trigger;
    }

    /** Saves a new version; the previous one is kept. */
    @Transactional
    public Trigger revise(Caller caller, String serviceCode, UUID id, int expectedVersion, TriggerDraft draft) {
        access.requireAdmin(caller, serviceCode);
        Trigger trigger = find(serviceCode, id);
        TriggerDefinition definition = draft.validate(memberOf(serviceCode), addresses);
        triggers.addVersion(trigger.revise(expectedVersion, definition, caller.username(), clock.instant()));
        return trigger;
    }

    /** Only disabled triggers can be deleted; their versions stay, since decisions name them. */
    @Transactional
    public void delete(Caller caller, String serviceCode, UUID id) {
        access.requireAdmin(caller, serviceCode);
        Trigger trigger = find(serviceCode, id);
        trigger.checkDeletable();
        triggers.remove(trigger);
    }

    /** The new order of all the service's triggers, in one call. */
    @Transactional
    public List<Trigger> reorder(Caller caller, String serviceCode, List<UUID> order) {
        access.requireAdmin(caller, serviceCode);
        List<Trigger> existing = triggers.lockTriggers(serviceCode);
        var ids = existing.stream().map(Trigger::id).toList();
        if (order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw new ProblemException.Invalid("triggerIds",
                    "must list each of the service's " + ids.size() + " triggers exactly once");
        }
        for (Trigger trigger : existing) {
            trigger.moveTo(order.indexOf(trigger.id()) + 1);
        }
        return existing.stream().sorted(java.util.Comparator.comparingInt(Trigger::position)).toList();
    }

    @Transactional
    public List<TriggerVersion> versions(Caller caller, String serviceCode, UUID id) {
        access.requireAdmin(caller, serviceCode);
        List<TriggerVersion> versions = triggers.versions(serviceCode, id);
        if (versions.isEmpty()) {
            throw notFound(serviceCode, id);
        }
        return versions;
    }

    /** Checks a draft without saving it (dry-runs). */
    @Transactional(Transactional.TxType.MANDATORY)
    TriggerDefinition validate(String serviceCode, TriggerDraft draft) {
        return draft.validate(memberOf(serviceCode), addresses);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Trigger find(String serviceCode, UUID id) {
        return triggers.find(serviceCode, id).orElseThrow(() -> notFound(serviceCode, id));
    }

    private BiPredicate<UUID, String> memberOf(String serviceCode) {
        return (groupId, username) -> state.group(groupId).filter(g -> g.serviceCode().equals(serviceCode))
                .map(g -> username == null || state.membersInJoinOrder(groupId).stream()
                        .anyMatch(m -> m.username().equals(username)))
                .orElse(false);
    }

    private static ProblemException.NotFound notFound(String serviceCode, UUID id) {
        return new ProblemException.NotFound("There is no trigger " + id + " in " + serviceCode + ".");
    }
}
