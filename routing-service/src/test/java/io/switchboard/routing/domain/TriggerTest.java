package io.switchboard.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.routing.domain.Condition.Operator;
import io.switchboard.routing.domain.Condition.Target;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TriggerTest {

    static final TicketFacts REFUND = new TicketFacts(UUID.randomUUID(), "CS", "EMAIL", "Refund please",
            "I was charged twice", "kim@Example.com");

    static Trigger trigger(String name, UUID group, Condition... conditions) {
        return new Trigger(UUID.randomUUID(), "CS", name, 1, List.of(conditions), group, AssignMode.ROUND_ROBIN);
    }

    @Test
    void allRequiredRowsMustHold() {
        assertTrue(trigger("t", null, new Condition(true, Target.CHANNEL, Operator.EQUALS, "email"),
                new Condition(true, Target.TITLE, Operator.CONTAINS, "refund")).evaluate(REFUND).matched());
        assertFalse(trigger("t", null, new Condition(true, Target.CHANNEL, Operator.EQUALS, "email"),
                new Condition(true, Target.TITLE, Operator.STARTS_WITH, "billing")).evaluate(REFUND).matched());
    }

    @Test
    void oneOptionalRowSufficesWhenThereAreAny() {
        Trigger t = trigger("t", null, new Condition(true, Target.CHANNEL, Operator.EQUALS, "EMAIL"),
                new Condition(false, Target.TITLE, Operator.CONTAINS, "invoice"),
                new Condition(false, Target.CUSTOMER_EMAIL_DOMAIN, Operator.EQUALS, "example.com"));
        Trigger.Evaluation evaluation = t.evaluate(REFUND);
        assertTrue(evaluation.matched());
        assertEquals("example.com", evaluation.conditions().get(2).actual());
        assertFalse(evaluation.conditions().get(1).holds());
    }

    @Test
    void theLastMatchingAssigningTriggerWinsAndEveryVerdictIsKept() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Trigger> triggers = List.of(trigger("first", first), trigger("not matching", UUID.randomUUID(),
                new Condition(true, Target.CHANNEL, Operator.EQUALS, "PHONE")), trigger("second", second));
        RoutingDecision decision = RoutingDecision.decide(REFUND, triggers,
                t -> new Assignment.Choice(java.util.Optional.of("ann"), List.of(new Candidate("ann", true, "on")),
                        "round-robin among 1"), Instant.now());
        assertEquals(RoutingDecision.Outcome.ASSIGNED, decision.outcome());
        assertEquals("second", decision.triggerName());
        assertEquals(second, decision.groupId());
        assertEquals(List.of(true, false, true),
                decision.explanation().triggers().stream().map(RoutingDecision.TriggerVerdict::matched).toList());
    }

    @Test
    void withoutAMatchTheDecisionSaysSo() {
        RoutingDecision decision = RoutingDecision.decide(REFUND, List.of(trigger("phone only", UUID.randomUUID(),
                new Condition(true, Target.CHANNEL, Operator.EQUALS, "PHONE"))), t -> null, Instant.now());
        assertEquals(RoutingDecision.Outcome.UNASSIGNED, decision.outcome());
        assertEquals("no assigning trigger matched", decision.reason());
    }
}
