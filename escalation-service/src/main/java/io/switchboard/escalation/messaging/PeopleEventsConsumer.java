package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.escalation.application.ServiceAccess;
import io.switchboard.escalation.domain.ServiceType;
import io.switchboard.escalation.sla.application.SlaClocks;
import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the copy of each service's members that decides who reads its tickets here, and its business hours. */
@ApplicationScoped
public class PeopleEventsConsumer {

    static final String SERVICE_CHANGED = "ServiceChanged";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String username, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceChanged(String serviceCode, String name, ServiceType type, List<Member> members, Instant changedAt,
                          String timeZone, ServiceCalendar.BusinessHours businessHours) {
    }

    private final Inbox inbox;
    private final ServiceAccess access;

    private final SlaClocks clocks;

    PeopleEventsConsumer(Inbox inbox, ServiceAccess access, SlaClocks clocks) {
        this.inbox = inbox;
        this.access = access;
        this.clocks = clocks;
    }

    @Incoming("people-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, Set.of(SERVICE_CHANGED), event -> {
            ServiceChanged changed = inbox.data(event, ServiceChanged.class);
            Map<String, String> members = changed.members() == null ? Map.of() : changed.members().stream()
                    .collect(Collectors.toMap(Member::username, Member::role, (a, b) -> b));
            Instant at = changed.changedAt() == null ? event.time() : changed.changedAt();
            access.serviceChanged(changed.serviceCode(), changed.name(), changed.type(), members, at);
            clocks.calendarChanged(changed.serviceCode(), changed.timeZone(), changed.businessHours() == null
                    ? ServiceCalendar.BusinessHours.NONE : changed.businessHours(), at);
        });
    }
}
