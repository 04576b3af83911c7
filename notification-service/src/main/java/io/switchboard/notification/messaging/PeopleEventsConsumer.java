package io.switchboard.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.notification.application.ServiceDirectory;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the copy of each service and its members that decides who is a service admin here. */
@ApplicationScoped
public class PeopleEventsConsumer {

    private final Inbox inbox;
    private final ServiceDirectory directory;

    PeopleEventsConsumer(Inbox inbox, ServiceDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @Incoming("people-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, Set.of(ServiceChanged.TYPE), event -> {
            ServiceChanged changed = inbox.data(event, ServiceChanged.class);
            directory.replace(changed.serviceCode(), changed.name(), changed.roles(), changed.contacts(), changed.languages(),
                    changed.forbiddenWords(), changed.changedAt());
        });
    }
}
