package io.switchboard.routing.application;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.OperatorGroup;
import io.switchboard.routing.domain.ServiceProfile;
import io.switchboard.routing.domain.TicketCopy;
import io.switchboard.routing.persistence.StateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps routing's copies of ticket-service state from its events, so routing never calls it on the
 * hot path. Each method runs in the consumer's transaction with the event's processed-id record.
 */
@ApplicationScoped
public class StateKeeper {

    /** A service's settings and members as ServiceChanged carries them. */
    public record ServiceState(String code, String name, String timeZone, List<String> languages,
                               ServiceCalendar.BusinessHours businessHours, List<ServiceProfile.Member> members,
                               Instant changedAt) {
    }

    private final StateRepository state;

    StateKeeper(StateRepository state) {
        this.state = state;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceChanged(ServiceState s) {
        var existing = state.service(s.code());
        ServiceProfile profile = existing.orElseGet(() -> new ServiceProfile(s.code()));
        profile.replace(s.name(), s.timeZone(), s.languages(), s.businessHours(), s.members(), s.changedAt());
        if (existing.isEmpty()) {
            state.add(profile);
        }
    }

    /** Replaces the group's copy and member list; a deleted group disappears with its members. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void groupChanged(UUID groupId, String serviceCode, String name, boolean deleted,
                             List<GroupMember> members, Instant changedAt) {
        var existing = state.group(groupId);
        if (existing.isPresent() && existing.get().changedAt().isAfter(changedAt)) {
            return; // an older event arriving late
        }
        if (deleted) {
            existing.ifPresent(state::removeGroup);
            state.replaceMembers(groupId, List.of());
            return;
        }
        existing.ifPresentOrElse(g -> g.rename(name, changedAt),
                () -> state.add(new OperatorGroup(groupId, serviceCode, name, changedAt)));
        state.replaceMembers(groupId, members);
    }

    /** Assigned by anyone: the copy follows, so loads count the ticket for its new assignee. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketAssigned(UUID ticketId, String serviceCode, String number, String title, UUID groupId,
                               String assignee, Instant at) {
        TicketCopy copy = state.ticket(ticketId).orElseGet(() -> {
            TicketCopy created = new TicketCopy(ticketId, serviceCode, number, title, "IN_PROGRESS", at);
            state.add(created);
            return created;
        });
        copy.assign(groupId, assignee, at);
    }

    /** A ticket routing never saw has no assignee in the copy, so its status alone changes no load. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketStatusChanged(UUID ticketId, String status, Instant at) {
        state.ticket(ticketId).ifPresent(copy -> copy.changeStatus(status, at));
    }
}
