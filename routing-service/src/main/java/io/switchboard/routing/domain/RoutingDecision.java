package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.platform.calendar.ServiceCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The record of one evaluation of a ticket: every trigger's verdict with each condition's value,
 * the candidates of the winning assignment and why each was or was not eligible, the choice, and
 * the attribute changes and deliveries of the matching triggers.
 */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

    /** Which ticket event the evaluation answers. */
    public enum Evaluation { CREATED, UPDATED }

    /** UNCHANGED: an update evaluation that assigned nobody, so the ticket keeps its assignment. */
    public enum Outcome { ASSIGNED, UNASSIGNED, UNCHANGED }

    /** Each trigger's verdict, the candidates of the winning assignment, and deliveries that were skipped. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Explanation(List<TriggerVerdict> triggers, List<Candidate> candidates, List<String> notes) {
    }

    public record TriggerVerdict(UUID triggerId, String name, int version, boolean matched,
                                 List<Condition.Result> conditions) {
    }

    /** What one evaluation needs besides the ticket and its triggers. */
    public record Context(UUID decisionId, Evaluation evaluation, ServiceCalendar calendar, AddressBook addresses,
                          Instant now) {
    }

    private static final int MAX_SUMMARY = 500;

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Evaluation evaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "trigger_id")
    private UUID triggerId;

    @Column(name = "trigger_name")
    private String triggerName;

    @Column(name = "trigger_version")
    private Integer triggerVersion;

    @Column(name = "group_id")
    private UUID groupId;

    private String assignee;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Explanation explanation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Changes changes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Delivery> deliveries;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RoutingDecision() {
    }

    /**
     * Evaluates triggers in order. The last matching assigning trigger wins the assignment; every
     * matching trigger contributes its changes (later ones winning) and deliveries.
     *
     * @param assign picks an operator for the winning trigger's assignment
     */
    public static RoutingDecision decide(TicketFacts ticket, List<Trigger> triggersInOrder,
                                         Function<Trigger, Assignment.Choice> assign, Context context) {
        RoutingDecision d = new RoutingDecision();
        d.id = context.decisionId();
        d.ticketId = ticket.ticketId();
        d.serviceCode = ticket.serviceCode();
        d.evaluation = context.evaluation();
        d.decidedAt = context.now();

        List<TriggerVerdict> verdicts = new ArrayList<>();
        List<Trigger> matched = new ArrayList<>();
        Trigger winner = null;
        for (Trigger trigger : triggersInOrder) {
            Trigger.Evaluation result = trigger.evaluate(ticket, context.calendar());
            verdicts.add(new TriggerVerdict(trigger.id(), trigger.title(), trigger.version(), result.matched(),
                    result.conditions()));
            if (result.matched()) {
                matched.add(trigger);
                if (trigger.results().assigns()) {
                    winner = trigger;
                }
            }
        }
        List<Candidate> candidates = List.of();
        if (winner == null) {
            d.outcome = context.evaluation() == Evaluation.CREATED ? Outcome.UNASSIGNED : Outcome.UNCHANGED;
            d.reason = triggersInOrder.isEmpty() ? noTriggers(context.evaluation())
                    : matched.isEmpty() ? "no trigger matched" : "no assigning trigger matched";
        } else {
            Assignment.Choice choice = assign.apply(winner);
            candidates = choice.candidates();
            d.triggerId = winner.id();
            d.triggerName = winner.title();
            d.triggerVersion = winner.version();
            d.groupId = winner.results().assign().groupId();
            d.assignee = choice.assignee().orElse(null);
            d.reason = choice.reason();
            d.outcome = d.assignee != null ? Outcome.ASSIGNED
                    : context.evaluation() == Evaluation.CREATED ? Outcome.UNASSIGNED : Outcome.UNCHANGED;
        }
        List<String> notes = new ArrayList<>();
        d.changes = changes(matched);
        d.deliveries = new Deliveries(d, ticket, context, notes).of(matched);
        d.explanation = new Explanation(List.copyOf(verdicts), candidates, List.copyOf(notes));
        d.summary = summary(d, ticket, matched, winner, context.addresses());
        return d;
    }

    private static String noTriggers(Evaluation evaluation) {
        return evaluation == Evaluation.CREATED ? "the service has no enabled triggers"
                : "the service has no enabled triggers that run on updates";
    }

    private static Changes changes(List<Trigger> matched) {
        Results.Priority priority = null;
        UUID processingType = null;
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        Boolean complete = null;
        for (Trigger trigger : matched) {
            Results r = trigger.results();
            priority = r.setPriority() != null ? r.setPriority() : priority;
            processingType = r.setProcessingTypeId() != null ? r.setProcessingTypeId() : processingType;
            r.addTags().stream().map(String::strip).forEach(tags::add);
            if (r.forward() != null && r.forward().complete()) {
                complete = true;
            }
        }
        return new Changes(priority, processingType, List.copyOf(tags), complete);
    }

    private static String summary(RoutingDecision d, TicketFacts ticket, List<Trigger> matched, Trigger winner,
                                  AddressBook addresses) {
        String prefix = d.evaluation == Evaluation.UPDATED ? "on update: " : "";
        String main;
        if (d.outcome == Outcome.ASSIGNED) {
            String name = addresses.operator(d.assignee).map(AddressBook.Person::name).orElse(d.assignee);
            main = "assigned to " + name + " by trigger " + ref(winner) + " — " + d.reason;
        } else if (winner != null) {
            main = (d.outcome == Outcome.UNASSIGNED ? "left unassigned" : "assignment unchanged") + " by trigger "
                    + ref(winner) + " — " + d.reason;
        } else {
            main = (d.outcome == Outcome.UNASSIGNED ? "left unassigned" : "assignment unchanged") + " — " + d.reason;
        }
        List<Trigger> others = matched.stream().filter(t -> t != winner).toList();
        String also = others.isEmpty() ? "" : "; also matched " + others.stream().map(RoutingDecision::ref)
                .collect(Collectors.joining(", "));
        String line = prefix + main + also;
        return line.length() <= MAX_SUMMARY ? line : line.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private static String ref(Trigger trigger) {
        return "'" + trigger.title() + "' (v" + trigger.version() + ")";
    }

    /** Builds the deliveries of the matching triggers with rendered texts. */
    private static final class Deliveries {
        private final RoutingDecision decision;
        private final TicketFacts ticket;
        private final Context context;
        private final List<String> notes;
        private final List<Delivery> out = new ArrayList<>();
        private final String assignee;
        private final UUID group;

        Deliveries(RoutingDecision decision, TicketFacts ticket, Context context, List<String> notes) {
            this.decision = decision;
            this.ticket = ticket;
            this.context = context;
            this.notes = notes;
            this.assignee = decision.outcome == Outcome.ASSIGNED ? decision.assignee : ticket.assignee();
            this.group = decision.outcome == Outcome.ASSIGNED ? decision.groupId : ticket.groupId();
        }

        List<Delivery> of(List<Trigger> matched) {
            for (Trigger trigger : matched) {
                Results r = trigger.results();
                Delivery.TriggerRef ref = new Delivery.TriggerRef(trigger.id(), trigger.title(), trigger.version());
                Map<String, String> codes = codes(trigger);
                for (Results.Notify notify : r.notifications()) {
                    List<String> to = recipients(notify, trigger);
                    if (!to.isEmpty()) {
                        Results.MailText text = pick(notify.messages());
                        add(Delivery.Kind.MAIL, ref, mail(to, text, codes), null, null);
                    }
                }
                if (r.forward() != null) {
                    Results.MailText text = r.forward().messages() == null || r.forward().messages().isEmpty()
                            ? new Results.MailText("[{{ticket.number}}] {{ticket.title}}", "{{ticket.content}}")
                            : pick(r.forward().messages());
                    add(Delivery.Kind.FORWARD, ref, mail(List.of(r.forward().to()), text, codes), null, null);
                }
                if (r.callback() != null) {
                    add(Delivery.Kind.CALLBACK, ref, null,
                            new Delivery.CallbackCall(r.callback().url(), payload(ref)), null);
                }
                if (r.doorayHook() != null) {
                    String bot = r.doorayHook().botName() == null ? "Switchboard" : r.doorayHook().botName();
                    add(Delivery.Kind.DOORAY_HOOK, ref, null, null, new Delivery.DoorayMessage(
                            r.doorayHook().url(), bot, Template.render(r.doorayHook().text(), codes)));
                }
            }
            return List.copyOf(out);
        }

        private void add(Delivery.Kind kind, Delivery.TriggerRef ref, Delivery.Mail mail,
                         Delivery.CallbackCall callback, Delivery.DoorayMessage dooray) {
            out.add(new Delivery(Delivery.idFor(decision.id, out.size()), kind, ref, mail, callback, dooray));
        }

        private List<String> recipients(Results.Notify notify, Trigger trigger) {
            List<String> to = switch (notify.recipient()) {
                case ASSIGNEE -> assignee == null ? List.of() : context.addresses().operator(assignee)
                        .map(AddressBook.Person::email).filter(e -> e != null && !e.isBlank()).stream().toList();
                case GROUP -> context.addresses().groupEmails(notify.groupId());
                case CUSTOMER -> ticket.customer().email() == null || ticket.customer().email().isBlank() ? List.of()
                        : List.of(ticket.customer().email());
            };
            if (to.isEmpty()) {
                notes.add("trigger " + ref(trigger) + ": no e-mail address for " + notify.recipient()
                        + (notify.recipient() == Results.Recipient.ASSIGNEE && assignee == null ? " (no assignee)" : "")
                        + ", mail not sent");
            }
            return to;
        }

        /** The ticket's language, else the service's default language, else any (alphabetically first). */
        private Results.MailText pick(Map<String, Results.MailText> messages) {
            List<String> order = new ArrayList<>();
            if (ticket.language() != null) {
                order.add(ticket.language());
                order.add(ticket.language().split("-")[0]);
            }
            order.addAll(context.addresses().languages());
            for (String language : order) {
                if (messages.containsKey(language)) {
                    return messages.get(language);
                }
            }
            return messages.entrySet().stream().sorted(Map.Entry.comparingByKey()).findFirst().orElseThrow()
                    .getValue();
        }

        private static Delivery.Mail mail(List<String> to, Results.MailText text, Map<String, String> codes) {
            String subject = Template.render(text.subject(), codes).replaceAll("[\\r\\n]+", " ");
            return new Delivery.Mail(List.copyOf(to), subject.length() > 300 ? subject.substring(0, 300) : subject,
                    Template.render(text.body(), codes), false);
        }

        private Map<String, String> codes(Trigger trigger) {
            AddressBook addresses = context.addresses();
            Map<String, String> codes = new java.util.HashMap<>();
            codes.put("ticket.number", ticket.number());
            codes.put("ticket.title", ticket.title());
            codes.put("ticket.content", ticket.content());
            codes.put("ticket.priority", ticket.priority());
            codes.put("ticket.channel", ticket.channel());
            codes.put("ticket.status", decision.outcome == Outcome.ASSIGNED ? "IN_PROGRESS" : ticket.status());
            codes.put("ticket.language", ticket.language());
            codes.put("customer.name", ticket.customer().name());
            codes.put("customer.email", ticket.customer().email());
            addresses.operator(assignee).ifPresent(p -> {
                codes.put("operator.name", p.name());
                codes.put("operator.email", p.email());
            });
            if (group != null) {
                addresses.groupName(group).ifPresent(name -> codes.put("group.name", name));
            }
            codes.put("service.name", addresses.serviceName());
            codes.put("trigger.title", trigger.title());
            return codes;
        }

        private Map<String, Object> payload(Delivery.TriggerRef ref) {
            Map<String, Object> ticketPart = new java.util.LinkedHashMap<>();
            ticketPart.put("id", ticket.ticketId());
            ticketPart.put("number", ticket.number());
            ticketPart.put("serviceCode", ticket.serviceCode());
            ticketPart.put("title", ticket.title());
            ticketPart.put("channel", ticket.channel());
            ticketPart.put("priority", ticket.priority());
            ticketPart.put("language", ticket.language());
            ticketPart.put("groupId", group);
            ticketPart.put("assignee", assignee);
            Map<String, Object> payload = new java.util.LinkedHashMap<>();
            payload.put("event", "trigger.matched");
            payload.put("decisionId", decision.id);
            payload.put("evaluation", decision.evaluation);
            payload.put("outcome", decision.outcome);
            payload.put("trigger", ref);
            payload.put("ticket", ticketPart);
            payload.put("decidedAt", decision.decidedAt.toString());
            return payload;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public Outcome outcome() {
        return outcome;
    }

    public UUID triggerId() {
        return triggerId;
    }

    public String triggerName() {
        return triggerName;
    }

    public Integer triggerVersion() {
        return triggerVersion;
    }

    public UUID groupId() {
        return groupId;
    }

    public String assignee() {
        return assignee;
    }

    public String reason() {
        return reason;
    }

    public String summary() {
        return summary;
    }

    public Explanation explanation() {
        return explanation;
    }

    public Changes changes() {
        return changes;
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
