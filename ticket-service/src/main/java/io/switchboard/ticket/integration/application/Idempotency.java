package io.switchboard.ticket.integration.application;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.integration.domain.IdempotencyKey;
import io.switchboard.ticket.integration.domain.IdempotencyKeyReuse;
import io.switchboard.ticket.integration.domain.StoredResponse;
import io.switchboard.ticket.integration.persistence.IdempotencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a request at most once per (caller, Idempotency-Key). The key's row is inserted first, in the
 * same transaction as the request's effect and its stored response. A concurrent retry with the same
 * key blocks on the row's primary key until the first transaction ends: after a commit it replays the
 * stored response, after a rollback it runs the request itself. Failed requests are not stored, so a
 * client may retry them with the same key.
 */
@ApplicationScoped
public class Idempotency {

    /** The response to send and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    private final IdempotencyRepository records;
    private final IdempotencyConfig config;
    private final Clock clock;

    Idempotency(IdempotencyRepository records, IdempotencyConfig config, Clock clock) {
        this.records = records;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Outcome once(String caller, IdempotencyKey key, String requestHash, Supplier<StoredResponse> request) {
        Instant now = clock.instant();
        records.deleteExpired(caller, key.value(), now);
        if (records.claim(caller, key.value(), requestHash, now, now.plus(config.retention()))) {
            StoredResponse response = request.get();
            records.complete(caller, key.value(), response);
            return new Outcome(response, false);
        }
        IdempotencyRepository.Stored stored = records.find(caller, key.value())
                .orElseThrow(() -> new ProblemException.Conflict("A request with this Idempotency-Key is in progress; retry later."));
        if (!stored.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReuse();
        }
        if (stored.response() == null) {
            throw new ProblemException.Conflict("A request with this Idempotency-Key is in progress; retry later.");
        }
        return new Outcome(stored.response(), true);
    }

    @Scheduled(every = "${switchboard.idempotency.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int purged = records.purge(clock.instant());
        if (purged > 0) {
            Log.debugf("Purged %d expired idempotency keys", purged);
        }
    }

    /** For tests and operations: removes every expired key now. */
    @Transactional
    public int purgeExpiredNow() {
        return records.purge(clock.instant());
    }
}
