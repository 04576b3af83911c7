package io.switchboard.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.routing.application.StateKeeper;
import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.ServiceProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps routing's copy of services, groups and members from ticket-service's people events. */
@ApplicationScoped
public class PeopleEventsConsumer {

    static final String GROUP_MEMBERSHIP_CHANGED = "GroupMembershipChanged";
    static final String SERVICE_CHANGED = "ServiceChanged";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String username, Instant joinedAt, boolean assignmentEnabled, String displayName, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupChanged(UUID groupId, String serviceCode, String groupName, boolean deleted, List<Member> members,
                        Instant changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceChanged(String serviceCode, String name, String timeZone, List<String> languages,
                          ServiceCalendar.BusinessHours businessHours, List<ServiceProfile.Member> members,
                          Instant changedAt) {
    }

    private final Inbox inbox;
    private final StateKeeper state;

    PeopleEventsConsumer(Inbox inbox, StateKeeper state) {
        this.inbox = inbox;
        this.state = state;
    }

    @Incoming("people-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, Set.of(GROUP_MEMBERSHIP_CHANGED, SERVICE_CHANGED), this::apply);
    }

    private void apply(CloudEvent event) {
        if (SERVICE_CHANGED.equals(event.type())) {
            ServiceChanged s = inbox.data(event, ServiceChanged.class);
            state.serviceChanged(new StateKeeper.ServiceState(s.serviceCode(), s.name(), s.timeZone(),
                    s.languages() == null ? List.of() : s.languages(),
                    s.businessHours() == null ? ServiceCalendar.BusinessHours.NONE : s.businessHours(),
                    s.members() == null ? List.of() : s.members(),
                    s.changedAt() == null ? event.time() : s.changedAt()));
            return;
        }
        GroupChanged g = inbox.data(event, GroupChanged.class);
        List<GroupMember> members = g.members() == null ? List.of() : g.members().stream()
                .map(m -> new GroupMember(g.groupId(), m.username(), m.joinedAt(), m.assignmentEnabled(),
                        m.displayName(), m.email()))
                .toList();
        state.groupChanged(g.groupId(), g.serviceCode(), g.groupName(), g.deleted(), members,
                g.changedAt() == null ? event.time() : g.changedAt());
    }
}
