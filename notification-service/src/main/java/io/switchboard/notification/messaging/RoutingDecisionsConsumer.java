package io.switchboard.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.domain.Content;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.Origin;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues the deliveries of each routing decision — mails, forwards, callbacks, Dooray hooks — once per
 * event and once per delivery id. They are performed after commit by the sender, never in here.
 */
@ApplicationScoped
public class RoutingDecisionsConsumer {

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final ObjectMapper json;

    RoutingDecisionsConsumer(Inbox inbox, Deliveries deliveries, ObjectMapper json) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.json = json;
    }

    @Incoming("routing-decisions")
    @Blocking("routing-decisions-consumers") // its own threads: never queued behind HTTP requests
    public void onRecord(String record) {
        inbox.receive(record, Set.of(AssignmentDecided.TYPE), this::queue);
    }

    private void queue(CloudEvent event) {
        AssignmentDecided decision = inbox.data(event, AssignmentDecided.class);
        for (AssignmentDecided.Delivery delivery : decision.deliveries()) {
            Optional<DeliveryKind> kind = Arrays.stream(DeliveryKind.values())
                    .filter(k -> k.routed() && k.name().equals(delivery.kind())).findFirst();
            if (kind.isEmpty()) {
                Log.warnf("Skipping delivery %s of event %s: unknown kind %s", delivery.id(), event.id(), delivery.kind());
                continue;
            }
            String trigger = delivery.trigger() == null ? null : delivery.trigger().name();
            Origin origin = new Origin(delivery.id(), event.id(), decision.ticketId(), decision.serviceCode(), trigger);
            deliveries.queue(origin, kind.get(), content(kind.get(), delivery));
        }
    }

    /** What to send, as the domain takes it; null when the delivery lacks its kind's part (it is then skipped). */
    private Content content(DeliveryKind kind, AssignmentDecided.Delivery delivery) {
        return switch (kind) {
            case MAIL, FORWARD -> delivery.mail() == null ? null : new Content.Mail(delivery.mail().to(),
                    delivery.mail().subject(), delivery.mail().body(), delivery.mail().html());
            case CALLBACK -> delivery.callback() == null || delivery.callback().payload() == null ? null
                    : new Content.Post(delivery.callback().url(), delivery.callback().payload().toString());
            case DOORAY_HOOK -> delivery.doorayHook() == null ? null
                    : new Content.Post(delivery.doorayHook().url(), doorayMessage(delivery.doorayHook()));
            case ASSIGNMENT_NOTICE, CUSTOMER_REPLY, SLA_NOTICE -> null;
        };
    }

    private String doorayMessage(AssignmentDecided.DoorayHook hook) {
        Map<String, String> message = Map.of("botName", hook.botName() == null ? "Switchboard" : hook.botName(),
                "text", hook.text() == null ? "" : hook.text());
        try {
            return json.writeValueAsString(message);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of two strings is always JSON", e);
        }
    }
}
