package io.switchboard.ticket.search.application;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.ticket.search.persistence.TicketTexts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Indexes the tickets that have no full-text document: those written before migration V18 created ticket_text.
 * Once after start-up, in the background, a batch per transaction; every ticket written since has its document
 * already. Runs again a minute later when a pass failed (the database away).
 */
@ApplicationScoped
public class TicketTextBackfill {

    private static final int BATCH = 500;
    private static final UUID FIRST = new UUID(0, 0);

    private final TicketTexts texts;
    private volatile boolean done;

    TicketTextBackfill(TicketTexts texts) {
        this.texts = texts;
    }

    @Scheduled(every = "1m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void catchUp() {
        if (!done) {
            int indexed = indexMissing();
            if (indexed > 0) {
                Log.infof("Indexed %d tickets for full-text search that had no document", indexed);
            }
            done = true;
        }
    }

    /** Walks all tickets by id once and indexes those without a document; returns how many it indexed. */
    public int indexMissing() {
        int indexed = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> missing = texts.unindexed(from, BATCH);
                texts.indexExisting(missing);
                return missing;
            });
            indexed += batch.size();
            if (batch.size() < BATCH) {
                return indexed;
            }
            after = batch.get(batch.size() - 1);
        }
    }
}
