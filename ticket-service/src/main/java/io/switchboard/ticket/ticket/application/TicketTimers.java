package io.switchboard.ticket.ticket.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.ticket.ticket.config.TicketsConfig;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Fires the durable ticket timers. Timers are rows, so they survive restarts; every second the due
 * ones are claimed (SKIP LOCKED, so several instances share the work) and fired.
 */
@ApplicationScoped
public class TicketTimers {

    private static final int BATCH = 100;

    private final TicketRepository tickets;
    private final TicketLifecycle lifecycle;
    private final TicketsConfig config;
    private final Clock clock;

    TicketTimers(TicketRepository tickets, TicketLifecycle lifecycle, TicketsConfig config, Clock clock) {
        this.tickets = tickets;
        this.lifecycle = lifecycle;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void fireDue() {
        int fired;
        do {
            fired = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> due = tickets.claimDueTimers(TicketLifecycle.AUTO_COMPLETE, clock.instant(), BATCH);
                due.forEach(lifecycle::autoComplete);
                return due.size();
            });
        } while (fired == BATCH);
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void purgeDeleted() {
        QuarkusTransaction.requiringNew().run(() ->
                tickets.purgeDeletedBefore(clock.instant().minus(config.deletedRetention())));
    }
}
