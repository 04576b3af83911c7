package io.switchboard.escalation.sla.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.escalation.sla.domain.SlaCondition.Operator;
import io.switchboard.escalation.sla.domain.SlaCondition.Target;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaConditionTest {

    static final UUID BILLING = UUID.fromString("d0000000-0000-4000-8000-000000000001");
    static final UUID REFUNDS = UUID.fromString("d0000000-0000-4000-8000-000000000002");
    static final TicketFacts REFUND_MAIL = new TicketFacts(Priority.HIGH, "EMAIL", List.of(BILLING, REFUNDS),
            List.of("vip", "refund"), "IN_PROGRESS");

    @Test
    void anInquiryTypeMatchesItselfAndItsDescendants() {
        assertTrue(new SlaCondition(Target.inquiryTypeId, Operator.in, List.of(BILLING.toString())).matches(REFUND_MAIL));
        assertTrue(new SlaCondition(Target.inquiryTypeId, Operator.in, List.of(REFUNDS.toString())).matches(REFUND_MAIL));
        assertFalse(new SlaCondition(Target.inquiryTypeId, Operator.not_in, List.of(BILLING.toString()))
                .matches(REFUND_MAIL));
        TicketFacts untyped = new TicketFacts(null, "EMAIL", List.of(), List.of(), "UNASSIGNED");
        assertTrue(new SlaCondition(Target.inquiryTypeId, Operator.not_in, List.of(BILLING.toString())).matches(untyped));
    }

    @Test
    void tagsMatchWhenAnyIsOnTheTicket() {
        assertTrue(new SlaCondition(Target.tags, Operator.in, List.of("urgent", "vip")).matches(REFUND_MAIL));
        assertFalse(new SlaCondition(Target.tags, Operator.not_in, List.of("urgent", "vip")).matches(REFUND_MAIL));
    }

    @Test
    void priorityAndChannelAreOneOfTheValues() {
        assertTrue(new SlaCondition(Target.priority, Operator.in, List.of("HIGH", "URGENT")).matches(REFUND_MAIL));
        assertTrue(new SlaCondition(Target.channel, Operator.not_in, List.of("PHONE")).matches(REFUND_MAIL));
        assertTrue(new SlaCondition(Target.priority, Operator.in, List.of("NORMAL"))
                .matches(new TicketFacts(null, null, List.of(), List.of(), "UNASSIGNED")), "unknown priority is NORMAL");
    }
}
