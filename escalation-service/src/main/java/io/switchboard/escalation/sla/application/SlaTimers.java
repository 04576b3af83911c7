package io.switchboard.escalation.sla.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fires the durable SLA timers. They are rows, so they survive restarts (one that fell due meanwhile fires on the
 * first run after start); every second the tickets with due timers are claimed (SKIP LOCKED, so several instances
 * share the work) and each timer is removed in the transaction that publishes its event.
 */
@ApplicationScoped
public class SlaTimers {

    /** The scheduled job's identity, e.g. to pause it. */
    public static final String JOB = "sla-timers";
    private static final int BATCH = 100;

    private final SlaClocks clocks;

    SlaTimers(SlaClocks clocks) {
        this.clocks = clocks;
    }

    @Scheduled(identity = JOB, every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void fireDue() {
        int claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> clocks.fireDue(BATCH));
        } while (claimed == BATCH);
    }
}
