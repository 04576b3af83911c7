package io.switchboard.ticket.ticket.api;

import java.util.List;

/** One page of tickets; pass {@code next} as {@code cursor} for the following page (null on the last). */
public record TicketListView(List<TicketView> items, String next) {
}
