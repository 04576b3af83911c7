package io.switchboard.routing.domain;

/** How a condition row compares a ticket's value with the row's value. Text comparisons ignore case. */
public enum Operator {
    EQUALS, NOT_EQUALS, CONTAINS, NOT_CONTAINS, STARTS_WITH, ENDS_WITH,
    /** The value is a list; holds when the ticket's value is in it (for tags: when any tag is). */
    ONE_OF,
    NONE_OF,
    /** A regular expression (RE2 syntax) found anywhere in the value; evaluated in linear time. */
    MATCHES,
    GREATER_THAN, LESS_THAN,
    /** Inquiry types: the ticket's type is the value or one of its descendants. */
    IN_SUBTREE,
    NOT_IN_SUBTREE,
    IS_EMPTY, IS_SET;

    /** Operators that take no value. */
    public boolean unary() {
        return this == IS_EMPTY || this == IS_SET;
    }

    /** Operators whose value is a list. */
    public boolean takesList() {
        return this == ONE_OF || this == NONE_OF;
    }
}
