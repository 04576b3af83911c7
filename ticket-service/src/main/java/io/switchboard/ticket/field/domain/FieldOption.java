package io.switchboard.ticket.field.domain;

import java.util.Map;

/** One choice of a dropdown or radio field: the stored value and its label per language. */
public record FieldOption(String value, Map<String, String> names) {
}
