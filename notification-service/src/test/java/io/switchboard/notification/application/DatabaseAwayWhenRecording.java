package io.switchboard.notification.application;

import io.quarkus.arc.ClientProxy;
import io.switchboard.notification.domain.AssignmentNotice;
import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.Content;
import io.switchboard.notification.domain.CustomerReply;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryFilter;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.Origin;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.platform.paging.ListPosition;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The delivery log as it behaves when the database goes away just after a mail went out: recording the first
 * attempts of the given delivery fails as a lost connection does; everything else is the real log.
 */
public class DatabaseAwayWhenRecording extends Deliveries {

    private final Deliveries real;
    private final UUID delivery;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger claimsDuringOutage = new AtomicInteger();
    private volatile boolean away;

    public DatabaseAwayWhenRecording(Deliveries deliveries, UUID delivery, int failures) {
        super(null, null, null, null, null, null);
        this.real = ClientProxy.unwrap(deliveries);
        this.delivery = delivery;
        this.failuresLeft = new AtomicInteger(failures);
    }

    /** How often the sender claimed work while an attempt waited to be recorded. */
    public int claimsDuringOutage() {
        return claimsDuringOutage.get();
    }

    @Override
    public Delivery attempted(UUID id, AttemptResult result) {
        if (id.equals(delivery)) {
            away = failuresLeft.getAndDecrement() > 0;
        }
        if (away) {
            throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                    new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        }
        return real.attempted(id, result);
    }

    @Override
    public List<Outgoing> claimDue(int limit) {
        if (away) {
            claimsDuringOutage.incrementAndGet();
        }
        return real.claimDue(limit);
    }

    @Override
    public Delivery queue(UUID eventId, String serviceCode, AssignmentNotice notice) {
        return real.queue(eventId, serviceCode, notice);
    }

    @Override
    public void queue(Origin origin, DeliveryKind kind, Content content) {
        real.queue(origin, kind, content);
    }

    @Override
    public boolean queue(CustomerReply reply) {
        return real.queue(reply);
    }

    @Override
    public Delivery retry(UUID id) {
        return real.retry(id);
    }

    @Override
    public Details details(UUID id) {
        return real.details(id);
    }

    @Override
    public DeliveryPage list(DeliveryFilter filter, ListPosition after, int limit) {
        return real.list(filter, after, limit);
    }
}
