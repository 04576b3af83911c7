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
    private final ServiceAccess access;

    TicketSnapshots(SnapshotRepository repository, ServiceAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /**
     * Runs in the consumer's transaction, together with its processed-event record. Returns whether the snapshot
     * took the change (it ignores older events and changes of tickets it cannot start from).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(TicketChange change) {
        return repository.lock(change.ticketId()).map(snapshot -> {
            boolean applied = snapshot.apply(change);
            if (!applied) {
                Log.debugf("Event %s is older than ticket %s's snapshot; ignored", change.eventId(), change.ticketId());
            }
            return applied;
        }).orElseGet(() -> {
            if (!change.complete()) {
                Log.debugf("Event %s names ticket %s, which is not known here; ignored", change.eventId(),
                        change.ticketId());
                return false;
            }
            repository.add(TicketSnapshot.of(change));
            return true;
        });
    }

    /** The snapshot, for members of the ticket's service; 404 for everyone else, so ids of other services don't leak. */
    @Transactional
    public TicketSnapshot get(UUID ticketId) {
        return repository.find(ticketId).filter(snapshot -> access.mayReadTickets(snapshot.serviceCode()))
                .orElseThrow(() -> new ProblemException.NotFound("No ticket " + ticketId + " is known here."));
    }
}
