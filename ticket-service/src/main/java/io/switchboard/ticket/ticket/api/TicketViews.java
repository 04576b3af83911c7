package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.application.TicketDetails;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketSla;

/** Maps tickets to their wire form. */
public final class TicketViews {

    private TicketViews() {
    }

    public static TicketView of(TicketDetails details) {
        return of(details, null, null);
    }

    /** A ticket of a list, with the reader's star and unread marks. */
    public static TicketView of(TicketDetails details, Boolean starred, Boolean unread) {
        Ticket ticket = details.ticket();
        TicketView.GroupRef group = details.group() == null ? null
                : new TicketView.GroupRef(details.group().id(), details.group().name());
        TicketView.OperatorRef assignee = details.assignee() == null ? null
                : new TicketView.OperatorRef(details.assignee().username(), details.assignee().displayName());
        return new TicketView(ticket.id(), ticket.displayNumber(), ticket.serviceCode(), ticket.title(),
                ticket.content(), ticket.channel().name(), ticket.status().name(),
                ticket.internalResolution() == null ? null : ticket.internalResolution().name(), group, assignee,
                new TicketView.CustomerView(ticket.customer().email(), ticket.customer().name(),
                        ticket.customer().phone()),
                ticket.createdBy(), ticket.createdAt(), ticket.updatedAt(), ticket.resolvedAt(), ticket.completedAt(),
                ticket.version(), ticket.parentId(), ticket.priority().name(), ticket.language(), ticket.inquiryTypeId(),
                ticket.processingTypeId(), ticket.tags(), details.fields(), callback(details.callback()), sla(details.sla()),
                details.allowedActions() == null ? null
                        : details.allowedActions().stream().map(TicketAction::path).toList(), starred, unread);
    }

    private static TicketView.SlaView sla(TicketSla sla) {
        return sla == null || sla.policyId() == null ? null : new TicketView.SlaView(sla.policyId(), sla.policyName(),
                sla.nextDueAt(), sla.overdue(), sla.clocks().stream().map(c -> new TicketView.SlaClockView(c.metric(),
                c.state(), c.target(), c.dueAt(), c.warnAt(), c.breached())).toList());
    }

    private static TicketView.CallbackView callback(TicketDetails.Callback shown) {
        return shown == null ? null : new TicketView.CallbackView(shown.reservation().at(), shown.reservation().phone(),
                shown.reservation().note(), shown.reservation().reservedBy(), shown.due());
    }
}
