package io.switchboard.routing.domain;

import static io.switchboard.routing.domain.Tickets.REFUND_MAIL;
import static io.switchboard.routing.domain.Tickets.assignTo;
import static io.switchboard.routing.domain.Tickets.row;
import static io.switchboard.routing.domain.Tickets.trigger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.calendar.ServiceCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {

    static final UUID DECISION = UUID.fromString("5d7c2f8e-0f7e-4a8f-9a47-2a3f8f0d2b11");

    static final AddressBook ADDRESSES = new AddressBook() {
        @Override
        public Optional<Person> operator(String username) {
            return Optional.ofNullable(username).map(u -> new Person(u.toUpperCase(), u + "@example.com"));
        }

        @Override
        public Optional<String> groupName(UUID groupId) {
            return Optional.of("Support");
        }

        @Override
        public List<String> groupEmails(UUID groupId) {
            return List.of("ann@example.com", "ben@example.com");
        }

        @Override
        public String serviceName() {
            return "Customer Support";
        }

        @Override
        public List<String> languages() {
            return List.of("ja", "en");
        }
    };

    static final Function<Trigger, Assignment.Choice> ANN = t -> new Assignment.Choice(Optional.of("ann"),
            List.of(new Candidate("ann", true, "ticket assignment on")), "round-robin among 1");

    static RoutingDecision decide(TicketFacts ticket, List<Trigger> triggers, RoutingDecision.Evaluation evaluation) {
        return RoutingDecision.decide(ticket, triggers, ANN, new RoutingDecision.Context(DECISION, evaluation,
                ServiceCalendar.UNKNOWN, ADDRESSES, Instant.parse("2026-11-27T01:30:01Z")));
    }

    @Test
    void theLastMatchingAssigningTriggerWinsAndEveryVerdictIsKept() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<Trigger> triggers = List.of(trigger("first", assignTo(first, AssignMode.RANDOM)),
                trigger("not matching", assignTo(UUID.randomUUID(), AssignMode.RANDOM),
                        row(true, "CHANNEL", "EQUALS", "\"PHONE\"")),
                trigger("second", assignTo(second, AssignMode.ROUND_ROBIN)));
        RoutingDecision decision = decide(REFUND_MAIL, triggers, RoutingDecision.Evaluation.CREATED);
        assertEquals(RoutingDecision.Outcome.ASSIGNED, decision.outcome());
        assertEquals("second", decision.triggerName());
        assertEquals(second, decision.groupId());
        assertEquals(List.of(true, false, true),
                decision.explanation().triggers().stream().map(RoutingDecision.TriggerVerdict::matched).toList());
        assertEquals("assigned to ANN by trigger 'second' (v1) — round-robin among 1; also matched 'first' (v1)",
                decision.summary());
    }

    @Test
    void requiredRowsAllHoldAndOneOptionalRowSuffices() {
        Trigger both = trigger("t", Results.NONE, row(true, "CHANNEL", "EQUALS", "\"EMAIL\""),
                row(false, "TITLE", "CONTAINS", "\"invoice\""),
                row(false, "CUSTOMER_EMAIL_DOMAIN", "EQUALS", "\"example.com\""));
        assertTrue(both.evaluate(REFUND_MAIL, ServiceCalendar.UNKNOWN).matched());
        Trigger noOptional = trigger("t", Results.NONE, row(true, "CHANNEL", "EQUALS", "\"EMAIL\""),
                row(false, "TITLE", "CONTAINS", "\"invoice\""));
        assertEquals(false, noOptional.evaluate(REFUND_MAIL, ServiceCalendar.UNKNOWN).matched());
    }

    @Test
    void withoutAMatchTheTicketStaysUnassignedAndTheDecisionSaysWhy() {
        RoutingDecision decision = decide(REFUND_MAIL, List.of(trigger("phone only",
                assignTo(UUID.randomUUID(), AssignMode.RANDOM), row(true, "CHANNEL", "EQUALS", "\"PHONE\""))),
                RoutingDecision.Evaluation.CREATED);
        assertEquals(RoutingDecision.Outcome.UNASSIGNED, decision.outcome());
        assertEquals("no trigger matched", decision.reason());
        assertEquals("left unassigned — no trigger matched", decision.summary());
        RoutingDecision onUpdate = decide(REFUND_MAIL, List.of(trigger("tags", new Results(null, List.of(), null,
                null, null, null, null, List.of("seen")))), RoutingDecision.Evaluation.UPDATED);
        assertEquals(RoutingDecision.Outcome.UNCHANGED, onUpdate.outcome());
        assertEquals("on update: assignment unchanged — no assigning trigger matched; also matched 'tags' (v1)",
                onUpdate.summary());
    }

    @Test
    void changesMergeInOrderWithLaterTriggersWinning() {
        UUID processing = UUID.randomUUID();
        Trigger urgent = trigger("urgent", new Results(null, List.of(), null, null, null, Results.Priority.URGENT,
                processing, List.of("vip", "billing")));
        Trigger low = trigger("low", new Results(null, List.of(), new Results.Forward("partner@example.org", true, null),
                null, null, Results.Priority.LOW, null, List.of("vip", "partner")));
        Changes changes = decide(REFUND_MAIL, List.of(urgent, low), RoutingDecision.Evaluation.CREATED).changes();
        assertEquals(new Changes(Results.Priority.LOW, processing, List.of("vip", "billing", "partner"), true), changes);
    }

    @Test
    void deliveriesAreResolvedRenderedInTheTicketsLanguageAndStablePerDecision() {
        var messages = Map.of(
                "ko", new Results.MailText("[{{ticket.number}}] 새 문의", "{{operator.name}}님, {{customer.name}} 고객의 문의입니다"),
                "en", new Results.MailText("[{{ticket.number}}] New", "Hello {{operator.name}}"));
        Trigger notify = trigger("notify", new Results(new Results.Assign(Tickets.SUPPORT, AssignMode.ROUND_ROBIN,
                null, null), List.of(new Results.Notify(Results.Recipient.ASSIGNEE, null, messages),
                new Results.Notify(Results.Recipient.GROUP, Tickets.SUPPORT, messages),
                new Results.Notify(Results.Recipient.CUSTOMER, null, Map.of("en", new Results.MailText(
                        "We got {{ticket.title}}", "{{group.name}} of {{service.name}} will answer")))),
                null, new Results.Callback("https://hooks.example.com/cs"),
                new Results.DoorayHook("https://hook.dooray.com/services/1/2/x", null, "{{ticket.number}} → {{operator.name}}"),
                null, null, List.of()));
        RoutingDecision decision = decide(REFUND_MAIL, List.of(notify), RoutingDecision.Evaluation.CREATED);
        List<Delivery> deliveries = decision.deliveries();
        assertEquals(List.of(Delivery.Kind.MAIL, Delivery.Kind.MAIL, Delivery.Kind.MAIL, Delivery.Kind.CALLBACK,
                Delivery.Kind.DOORAY_HOOK), deliveries.stream().map(Delivery::kind).toList());
        assertEquals(new Delivery.Mail(List.of("ann@example.com"), "[CS-7] 새 문의", "ANN님, Kim 고객의 문의입니다", false),
                deliveries.get(0).mail());
        assertEquals(List.of("ann@example.com", "ben@example.com"), deliveries.get(1).mail().to());
        assertEquals(new Delivery.Mail(List.of("kim@Example.com"), "We got Refund please",
                "Support of Customer Support will answer", false), deliveries.get(2).mail(), "falls back to any language");
        assertEquals("CS-7 → ANN", deliveries.get(4).doorayHook().text());
        assertEquals("Switchboard", deliveries.get(4).doorayHook().botName());
        assertEquals(Delivery.idFor(DECISION, 3), deliveries.get(3).id());
        assertEquals(deliveries.stream().map(Delivery::id).toList(),
                decide(REFUND_MAIL, List.of(notify), RoutingDecision.Evaluation.CREATED).deliveries().stream()
                        .map(Delivery::id).toList(), "the same decision id gives the same delivery ids");
        assertEquals("ann", ((Map<?, ?>) deliveries.get(3).callback().payload().get("ticket")).get("assignee"));
    }

    @Test
    void aMailToTheAssigneeOfAnUnassignedTicketIsSkippedWithANote() {
        Trigger notify = trigger("notify", new Results(null, List.of(new Results.Notify(Results.Recipient.ASSIGNEE,
                null, Map.of("en", new Results.MailText("s", "b")))), null, null, null, null, null, List.of()));
        RoutingDecision decision = decide(REFUND_MAIL, List.of(notify), RoutingDecision.Evaluation.CREATED);
        assertTrue(decision.deliveries().isEmpty());
        assertEquals(List.of("trigger 'notify' (v1): no e-mail address for ASSIGNEE (no assignee), mail not sent"),
                decision.explanation().notes());
        assertNull(decision.assignee());
    }
}
