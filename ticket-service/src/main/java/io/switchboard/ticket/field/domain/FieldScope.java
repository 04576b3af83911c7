package io.switchboard.ticket.field.domain;

/** Who fills a field in: the customer (per inquiry type) or the operators. */
public enum FieldScope {
    CUSTOMER, OPERATOR
}
