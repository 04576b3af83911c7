package io.switchboard.notification.api;

import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.domain.DeliveryAttempt;
import java.time.Instant;
import java.util.List;

/** A delivery and each of its attempts, first first. */
public record DeliveryDetailsView(DeliveryView delivery, List<Attempt> attempts) {

    /** One attempt: when, how long, the HTTP status (null for mail and for no answer), the error, what followed. */
    public record Attempt(Instant startedAt, long durationMillis, Integer statusCode, String error, String outcome) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.startedAt(), a.durationMillis(), a.statusCode(), a.error(), a.outcome().name());
        }
    }

    static DeliveryDetailsView of(Deliveries.Details details) {
        return new DeliveryDetailsView(DeliveryView.of(details.delivery()),
                details.attempts().stream().map(Attempt::of).toList());
    }
}
