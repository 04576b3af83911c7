package io.switchboard.ticket.field.application;

import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldScope;
import io.switchboard.ticket.field.domain.FieldType;
import java.util.Set;
import java.util.UUID;

/** A field to create: what never changes afterwards, its changeable settings and its inquiry types (customer fields). */
public record NewField(String code, FieldScope scope, FieldType type, boolean encrypted,
                       FieldDefinition.Settings settings, Set<UUID> inquiryTypeIds) {
}
