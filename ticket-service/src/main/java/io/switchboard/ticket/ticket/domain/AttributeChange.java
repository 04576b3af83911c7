package io.switchboard.ticket.ticket.domain;

import java.util.List;

/**
 * What a change of attributes did: the names of the attributes that changed (as TicketUpdated lists
 * them: priority, language, inquiryType, processingType, tags, fields) and the audit line with
 * their before/after values.
 */
public record AttributeChange(List<String> changed, TicketEvent audit) {
}
