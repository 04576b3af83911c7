package io.switchboard.routing.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a condition row reads from a ticket, and which operators make sense for it. */
public enum Target {
    STATUS(Kind.CHOICE, List.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "COMPLETED",
            "INTERNALLY_RESOLVED", "ESCALATED", "ESCALATION_ANSWERED", "DOORAY_ESCALATED", "DOORAY_IN_PROGRESS",
            "DOORAY_ANSWERED")),
    CHANNEL(Kind.CHOICE, List.of("HELP_CENTER", "EMAIL", "API", "CHAT", "PHONE", "SOCIAL", "MANUAL")),
    /** The inquiry type itself (equals, one of …) or its subtree (in subtree). */
    INQUIRY_TYPE(Kind.TREE_ID, List.of()),
    PROCESSING_TYPE(Kind.ID, List.of()),
    /** Ordered LOW < NORMAL < HIGH < URGENT, so greater/less than work. */
    PRIORITY(Kind.ORDERED_CHOICE, List.of("LOW", "NORMAL", "HIGH", "URGENT")),
    LANGUAGE(Kind.TEXT, List.of()),
    TITLE(Kind.TEXT, List.of()),
    CONTENT(Kind.TEXT, List.of()),
    CUSTOMER_EMAIL(Kind.TEXT, List.of()),
    CUSTOMER_EMAIL_DOMAIN(Kind.TEXT, List.of()),
    /** A customer or operator field by its code (codes are unique within a service). */
    FIELD(Kind.FIELD, List.of()),
    GROUP(Kind.ID, List.of()),
    ASSIGNEE(Kind.NAME, List.of()),
    TAGS(Kind.SET, List.of()),
    /** The weekday of creation in the service's time zone. */
    CREATED_WEEKDAY(Kind.CHOICE, List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY")),
    /** The time of day of creation in the service's time zone, compared as HH:mm. */
    CREATED_TIME(Kind.TIME, List.of()),
    /** Whether the ticket was created inside the service's business hours (true/false). */
    INSIDE_BUSINESS_HOURS(Kind.FLAG, List.of());

    /** The shape of a target's value; it decides the allowed operators and the value's type. */
    public enum Kind {
        TEXT(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS, Operator.NOT_CONTAINS,
                Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.ONE_OF, Operator.NONE_OF, Operator.MATCHES,
                Operator.IS_EMPTY, Operator.IS_SET)),
        FIELD(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.CONTAINS, Operator.NOT_CONTAINS,
                Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.ONE_OF, Operator.NONE_OF, Operator.MATCHES,
                Operator.GREATER_THAN, Operator.LESS_THAN, Operator.IS_EMPTY, Operator.IS_SET)),
        CHOICE(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.NONE_OF)),
        ORDERED_CHOICE(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.NONE_OF,
                Operator.GREATER_THAN, Operator.LESS_THAN)),
        ID(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.NONE_OF, Operator.IS_EMPTY,
                Operator.IS_SET)),
        TREE_ID(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.NONE_OF,
                Operator.IN_SUBTREE, Operator.NOT_IN_SUBTREE, Operator.IS_EMPTY, Operator.IS_SET)),
        NAME(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.ONE_OF, Operator.NONE_OF, Operator.IS_EMPTY,
                Operator.IS_SET)),
        SET(EnumSet.of(Operator.CONTAINS, Operator.NOT_CONTAINS, Operator.ONE_OF, Operator.NONE_OF,
                Operator.IS_EMPTY, Operator.IS_SET)),
        TIME(EnumSet.of(Operator.GREATER_THAN, Operator.LESS_THAN)),
        FLAG(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS));

        private final Set<Operator> operators;

        Kind(Set<Operator> operators) {
            this.operators = operators;
        }

        public Set<Operator> operators() {
            return operators;
        }
    }

    private final Kind kind;
    private final List<String> choices;

    Target(Kind kind, List<String> choices) {
        this.kind = kind;
        this.choices = choices;
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed values of a choice target; empty for the others. */
    public List<String> choices() {
        return choices;
    }

    public boolean allows(Operator operator) {
        return kind.operators().contains(operator);
    }
}
