package io.switchboard.escalation.application;

import io.quarkus.logging.Log;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.escalation.domain.TicketSnapshot;
import io.switchboard.escalation.persistence.SnapshotRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Keeps the local ticket snapshots up to date from ticket events. */
@ApplicationScoped
public class TicketSnapshots {

    private final SnapshotRepository repository;

    TicketSnapshots(SnapshotRepository repository) {
        this.repository = repository;
    }

    /** Runs in the consumer's transaction, together with its processed-event record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(TicketChange change) {
        repository.lock(change.ticketId()).ifPresentOrElse(
                snapshot -> {
                    if (!snapshot.apply(change)) {
                        Log.debugf("Event %s is older than ticket %s's snapshot; ignored", change.eventId(),
                                change.ticketId());
                    }
                },
                () -> repository.add(TicketSnapshot.of(change)));
    }

    @Transactional
    public TicketSnapshot get(UUID ticketId) {
        return repository.find(ticketId)
                .orElseThrow(() -> new ProblemException.NotFound("No ticket " + ticketId + " is known here."));
    }
}
