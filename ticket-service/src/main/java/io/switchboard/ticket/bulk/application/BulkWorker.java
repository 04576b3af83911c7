package io.switchboard.ticket.bulk.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.platform.failure.Failures;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.platform.problem.ProblemMapper;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.bulk.domain.BulkJob;
import io.switchboard.ticket.bulk.persistence.BulkJobRepository;
import io.switchboard.ticket.template.application.Templates;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Processes the pending items of bulk jobs, oldest first, one item per transaction: the item is claimed
 * (FOR UPDATE SKIP LOCKED, so several instances share the work), its ticket action runs, and the item is marked
 * DONE — all committed together, so a crash leaves the item pending and the next run does it, exactly once.
 * A refused action rolls its transaction back and is recorded as FAILED, with the single action's problem, in a
 * new one; a passing failure (its ticket locked longer than the lock timeout, a concurrent change, the database away)
 * puts the item back for a later try, so the items behind it go on, and fails it after the last try.
 */
@ApplicationScoped
public class BulkWorker {

    private static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(5);

    private final BulkJobRepository jobs;
    private final TicketLifecycle lifecycle;
    private final Templates templates;
    private final BulkConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final ProblemMapper problems = new ProblemMapper();

    BulkWorker(BulkJobRepository jobs, TicketLifecycle lifecycle, Templates templates, BulkConfig config,
               ObjectMapper json, Clock clock) {
        this.jobs = jobs;
        this.lifecycle = lifecycle;
        this.templates = templates;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(every = "${switchboard.bulk.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        processPending(config.itemsPerRun());
    }

    /** Processes up to {@code limit} pending items; returns how many it processed. */
    public int processPending(int limit) {
        int processed = 0;
        while (processed < limit && processNext()) {
            processed++;
        }
        return processed;
    }

    private boolean processNext() {
        AtomicReference<BulkJobRepository.Claimed> claimed = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                jobs.waitForLocksAtMost(config.lockTimeout());
                Optional<BulkJobRepository.Claimed> next = jobs.claimNext(clock.instant());
                next.ifPresent(item -> {
                    claimed.set(item);
                    BulkCommand command = read(item.command());
                    command.applyTo(lifecycle, templates, caller(item.creator()), item.ticketId(), expected(item));
                    jobs.complete(item.jobId(), item.ticketId(), BulkJob.Outcome.DONE, null, clock.instant());
                });
                return next.isPresent();
            });
        } catch (RuntimeException e) {
            BulkJobRepository.Claimed item = claimed.get();
            if (item == null) {
                Log.warnf("No bulk item could be claimed (%s): %s", Failures.classify(e), e.getMessage());
                return false;
            }
            if (Failures.isTransient(e)) {
                return retryLater(item, e);
            }
            recordFailure(item, e);
            return true;
        }
    }

    /**
     * A passing failure puts the item back for a later try (the wait doubling each time), so the items behind it go
     * on; after the last try it fails for good. False when even that cannot be written (the database is away).
     */
    private boolean retryLater(BulkJobRepository.Claimed item, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> jobs.claim(item.jobId(), item.ticketId()).ifPresent(again -> {
                int attempts = jobs.countAttempt(item.jobId(), item.ticketId());
                if (attempts >= config.maxAttempts()) {
                    Log.warnf("Bulk item %s of job %s failed after %d tries (%s): %s", item.ticketId(), item.jobId(),
                            attempts, Failures.classify(failure), failure.getMessage());
                    jobs.complete(item.jobId(), item.ticketId(), BulkJob.Outcome.FAILED, problemJson(failure),
                            clock.instant());
                } else {
                    jobs.retryAt(item.jobId(), item.ticketId(), clock.instant().plus(retryDelay(attempts)));
                }
            }));
            return true;
        } catch (RuntimeException unavailable) {
            Log.warnf("Bulk item %s left pending for the next run (%s): %s", item.ticketId(),
                    Failures.classify(failure), failure.getMessage());
            return false;
        }
    }

    private Duration retryDelay(int attempts) {
        Duration delay = config.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    /** In a new transaction, unless another worker has taken or finished the item meanwhile. */
    private void recordFailure(BulkJobRepository.Claimed item, RuntimeException failure) {
        String problem = problemJson(failure);
        QuarkusTransaction.requiringNew().run(() -> jobs.claim(item.jobId(), item.ticketId()).ifPresent(again ->
                jobs.complete(item.jobId(), item.ticketId(), BulkJob.Outcome.FAILED, problem, clock.instant())));
    }

    /** The problem+json the single action would have answered. */
    private String problemJson(RuntimeException failure) {
        ProblemException refusal = refusal(failure);
        Object body = (refusal != null ? problems.problem(refusal, null) : problems.unexpected(failure, null)).getEntity();
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is plain data", e);
        }
    }

    private static ProblemException refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProblemException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private BulkCommand read(String command) {
        try {
            return json.readValue(command, BulkCommand.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored bulk command cannot be read", e);
        }
    }

    private static Caller caller(BulkJobRepository.Creator creator) {
        return new Caller(creator.username(), creator.name(), creator.email(), creator.roles());
    }

    private static TicketLifecycle.Expected expected(BulkJobRepository.Claimed item) {
        return item.expectedVersion() == null ? TicketLifecycle.Expected.ANY
                : new TicketLifecycle.Expected(item.expectedVersion());
    }
}
