package io.switchboard.ticket.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The callback reservation on the aggregate: every way a ticket closes ends it, with a line saying why. */
class TicketCallbackTest {

    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private static final Instant AT = NOW.plus(Duration.ofHours(3));

    @Test
    void aTriggerThatForwardsAndCompletesEndsTheReservation() {
        Ticket ticket = assigned();
        ticket.reserveCallback(AT, "010-1234-5678", null, "bob", NOW).orElseThrow();
        TicketChange completed = ticket.completeAfterForward("Forward to billing", List.of(), NOW);
        assertNull(ticket.callback());
        assertEquals(2, completed.auditLines().size());
        TicketEvent ended = completed.callbackEnded();
        assertEquals(TicketEvent.Type.CALLBACK_CANCELLED, ended.type());
        assertEquals("Forward to billing", ended.actor());
        assertEquals("TICKET_COMPLETED", ended.details().get("reason"));
        assertEquals(AT.toString(), ended.details().get("at"));
    }

    @Test
    void actionsThatLeaveTheTicketOpenKeepIt() {
        Ticket ticket = assigned();
        ticket.reserveCallback(AT, "010-1234-5678", "about the refund", "bob", NOW).orElseThrow();
        TicketChange held = ticket.hold("bob", new MessageBody("We are checking.", MessageBody.Format.TEXT), NOW);
        assertNull(held.callbackEnded());
        assertEquals(List.of(held.audit()), held.auditLines());
        assertEquals("about the refund", ticket.callback().note());
        ticket.resolve("bob", new MessageBody("Done.", MessageBody.Format.TEXT), NOW);
        assertEquals(AT, ticket.callback().at());
    }

    @Test
    void theSameReservationIsNoChangeAndAMissingOneIsAConflict() {
        Ticket ticket = assigned();
        ticket.reserveCallback(AT, " 010-1234-5678 ", " ", "bob", NOW).orElseThrow();
        assertEquals("010-1234-5678", ticket.callback().phone());
        assertNull(ticket.callback().note());
        assertTrue(ticket.reserveCallback(AT, "010-1234-5678", null, "bob", NOW).isEmpty());
        ticket.cancelCallback("bob", NOW);
        assertThrows(ProblemException.Conflict.class, () -> ticket.cancelCallback("bob", NOW));
        assertThrows(ProblemException.Conflict.class, () -> ticket.callbackDone(null, "bob", NOW));
    }

    @Test
    void aPastTimeAndAMissingNumberAreNamedTogether() {
        Ticket ticket = assigned();
        ProblemException.Invalid refused = assertThrows(ProblemException.Invalid.class,
                () -> ticket.reserveCallback(NOW, null, null, "bob", NOW));
        assertEquals(List.of("at", "phone"), refused.fieldErrors().stream().map(e -> e.field()).toList());
        assertNull(ticket.callback());
    }

    private static Ticket assigned() {
        Ticket ticket = Ticket.open("CS", 1, "Refund", "Charged twice", Channel.EMAIL,
                new Customer("kim@example.com", "Kim", null), TicketAttributes.defaults("ko"), "kim", NOW);
        ticket.assign(UUID.randomUUID(), "Support", "bob", "Bob", new AssignedBy(AssignedBy.Kind.OPERATOR, "alice", null),
                NOW);
        return ticket;
    }
}
