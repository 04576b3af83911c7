package io.switchboard.routing.domain;

import java.util.Locale;

/**
 * One condition row of a trigger: required rows must all hold; of the optional rows at least one
 * must hold when there are any. Text comparisons ignore case.
 */
public record Condition(boolean required, Target target, Operator operator, String value) {

    public enum Target { CHANNEL, TITLE, CONTENT, CUSTOMER_EMAIL, CUSTOMER_EMAIL_DOMAIN }

    public enum Operator { EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH, IS_EMPTY, IS_SET }

    /** The outcome of one row against one ticket, kept in the decision record. */
    public record Result(Target target, Operator operator, String expected, String actual, boolean holds) {
    }

    public Result evaluate(TicketFacts ticket) {
        String actual = ticket.valueOf(target);
        return new Result(target, operator, value, actual, holds(actual));
    }

    private boolean holds(String actual) {
        String a = actual == null ? "" : actual.toLowerCase(Locale.ROOT);
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (operator) {
            case EQUALS -> a.equals(v);
            case NOT_EQUALS -> !a.equals(v);
            case CONTAINS -> a.contains(v);
            case NOT_CONTAINS -> !a.contains(v);
            case STARTS_WITH -> a.startsWith(v);
            case ENDS_WITH -> a.endsWith(v);
            case IS_EMPTY -> a.isBlank();
            case IS_SET -> !a.isBlank();
        };
    }
}
