package io.switchboard.ticket.field.domain;

/**
 * Who reads or writes field values, as far as fields care (PRODUCT.md §2): integrations act for the
 * customer; admin-only operator fields are for the service's admins.
 */
public enum FieldReader {
    INTEGRATION, OPERATOR, ADMIN;

    /** Whether the field and its value (decrypted, for encrypted ones only in a ticket's detail) are shown. */
    public boolean maySee(FieldDefinition field) {
        return switch (this) {
            case INTEGRATION -> field.scope() == FieldScope.CUSTOMER && !field.encrypted();
            case OPERATOR -> !field.adminOnly();
            case ADMIN -> true;
        };
    }

    /** Whether values may be set; integrations only fill in active customer fields. */
    public boolean mayWrite(FieldDefinition field) {
        return switch (this) {
            case INTEGRATION -> field.scope() == FieldScope.CUSTOMER && field.active();
            case OPERATOR -> !field.adminOnly();
            case ADMIN -> true;
        };
    }
}
