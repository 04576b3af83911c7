package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.paging.ListPosition;
import java.util.List;

/** One page of tickets and where the next one starts (null on the last page). */
public record TicketPage(List<TicketDetails> tickets, ListPosition next) {
}
