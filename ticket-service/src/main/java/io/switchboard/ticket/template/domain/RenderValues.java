package io.switchboard.ticket.template.domain;

import java.time.LocalDate;

/**
 * What the replacement codes are filled with for one rendering; a null value (no customer name, no ticket number
 * before the ticket exists) renders as empty text.
 */
public record RenderValues(String customerName, String customerEmail, String ticketNumber, String ticketTitle,
                           String operatorName, String serviceName, LocalDate today) {
}
