package io.switchboard.escalation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketSnapshotTest {

    private static final UUID TICKET = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void aNewerChangeReplacesTheState() {
        TicketSnapshot snapshot = TicketSnapshot.of(change(T0, "UNASSIGNED", null));
        assertTrue(snapshot.apply(change(T0.plusSeconds(1), "IN_PROGRESS", "bob")));
        assertEquals("IN_PROGRESS", snapshot.status());
        assertEquals("bob", snapshot.assignee());
        assertEquals(T0.plusSeconds(1), snapshot.updatedAt());
    }

    @Test
    void anOlderChangeIsIgnored() {
        TicketSnapshot snapshot = TicketSnapshot.of(change(T0.plusSeconds(1), "IN_PROGRESS", "bob"));
        assertFalse(snapshot.apply(change(T0, "UNASSIGNED", null)));
        assertEquals("IN_PROGRESS", snapshot.status());
        assertEquals("bob", snapshot.assignee());
    }

    @Test
    void aChangeThatDoesNotSpeakOfTitleOrAssigneeKeepsThem() {
        TicketSnapshot snapshot = TicketSnapshot.of(change(T0, "IN_PROGRESS", "bob"));
        assertTrue(snapshot.apply(new TicketChange(UUID.randomUUID(), T0.plusSeconds(1), TICKET, "CS-1", "CS", null,
                "ON_HOLD", null)));
        assertEquals("ON_HOLD", snapshot.status());
        assertEquals("Refund", snapshot.title());
        assertEquals("bob", snapshot.assignee());
        assertThrows(IllegalArgumentException.class, () -> TicketSnapshot.of(new TicketChange(UUID.randomUUID(), T0,
                UUID.randomUUID(), "CS-2", "CS", null, "ON_HOLD", null)));
    }

    private static TicketChange change(Instant at, String status, String assignee) {
        return new TicketChange(UUID.randomUUID(), at, TICKET, "CS-1", "CS", "Refund", status,
                new TicketChange.Assignment(assignee, null));
    }
}
