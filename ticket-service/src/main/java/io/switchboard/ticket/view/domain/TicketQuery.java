package io.switchboard.ticket.view.domain;

import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Priority;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A list request: the view, the star filter, the order, where the page starts, and the search criteria (all
 * optional, combined with AND; empty sets and null values mean "any").
 */
public record TicketQuery(View view, boolean starred, SortOrder sort, ListPosition after, int limit,
                          Criteria criteria) {

    /** The same request from another position on, for up to {@code limit} tickets. */
    public TicketQuery from(ListPosition position, int limit) {
        return new TicketQuery(view, starred, sort, position, limit, criteria);
    }

    /** The search criteria of PRODUCT.md §3.4. */
    public record Criteria(Bound createdFrom, Bound createdTo, Set<Priority> priorities, TicketNumber number,
                           String title, UUID groupId, String assignee, Set<TicketStatus> statuses,
                           Set<Channel> channels, UUID inquiryTypeId, UUID processingTypeId, Long customerNumber,
                           String customerName, String loginId, String email, String phone, String language,
                           Map<String, String> fields, String service, String text) {

        public Criteria {
            priorities = Set.copyOf(priorities);
            statuses = Set.copyOf(statuses);
            channels = Set.copyOf(channels);
            fields = Map.copyOf(fields);
        }
    }

    /** A ticket number such as CS-12: the service's code and the number. */
    public record TicketNumber(String serviceCode, long number) {
    }

    /**
     * A bound of the creation time: an instant, or a date that each service reads in its own time zone (from: the
     * day's start; to: the end of that day).
     */
    public record Bound(Instant instant, LocalDate date) {
    }
}
