package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Customer;

/**
 * A validated request to open a ticket; {@code channel} null means the caller's default. Phone and
 * login id (may be null) help find the customer again (phone tickets are matched by phone number).
 * {@code privacyConsent}: what an integration says the customer agreed to (null: not said).
 */
public record NewTicket(String title, String content, Channel channel, Customer customer, String customerLoginId,
                        RequestedAttributes attributes, Boolean privacyConsent) {
}
