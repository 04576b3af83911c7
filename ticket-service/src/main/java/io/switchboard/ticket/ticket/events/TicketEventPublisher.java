package io.switchboard.ticket.ticket.events;

import io.switchboard.platform.events.Outbox;
import io.switchboard.ticket.inquirytype.application.InquiryTypes;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.ticket.domain.AssignedBy;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import io.switchboard.ticket.ticket.domain.AttributeChange;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketChange;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Turns ticket changes into outbox events, in the caller's transaction. */
@ApplicationScoped
public class TicketEventPublisher {

    /** Who changed a ticket's attributes, as TicketUpdated's changedBy.kind says. */
    public enum ChangedBy { OPERATOR, TRIGGER, INTEGRATION, SYSTEM }

    private final Outbox outbox;
    private final InquiryTypes inquiryTypes;

    TicketEventPublisher(Outbox outbox, InquiryTypes inquiryTypes) {
        this.outbox = outbox;
        this.inquiryTypes = inquiryTypes;
    }

    /** A new ticket; {@code followUpOf} names the completed ticket it follows up, if any. */
    public void created(Ticket ticket, UUID followUpOf) {
        created(ticket, followUpOf, null);
    }

    /**
     * A new ticket an operator put into a group (and maybe assigned) while creating it: {@code placedBy} tells
     * routing-service to leave it where it is.
     */
    public void created(Ticket ticket, UUID followUpOf, String placedBy) {
        append(ticket, TicketEventPayloads.TICKET_CREATED, new TicketEventPayloads.TicketCreated(ticket.id(),
                ticket.displayNumber(), ticket.serviceCode(), ticket.title(), ticket.content(), ticket.channel().name(),
                ticket.status().name(), new TicketEventPayloads.CreatedCustomer(ticket.customer().email(),
                        ticket.customer().name(), ticket.customer().phone()),
                ticket.createdBy(), ticket.createdAt(), followUpOf, ticket.parentId(), ticket.groupId(), placedBy,
                ticket.priority().name(),
                ticket.language(), inquiryType(ticket), ticket.processingTypeId(), ticket.tags(),
                ticket.attributes().fields()));
    }

    /** The attributes changed: all of them as they are now, and the names of those that changed. */
    public void updated(Ticket ticket, AttributeChange change, ChangedBy kind, String name) {
        append(ticket, TicketEventPayloads.TICKET_UPDATED, new TicketEventPayloads.TicketUpdated(ticket.id(),
                ticket.displayNumber(), ticket.serviceCode(), ticket.title(), ticket.status().name(), ticket.groupId(),
                ticket.assignee(), ticket.priority().name(), ticket.language(), inquiryType(ticket),
                ticket.processingTypeId(), ticket.tags(), ticket.attributes().fields(), change.changed(),
                new TicketEventPayloads.ChangedBy(kind.name(), name), change.audit().createdAt()));
    }

    private TicketEventPayloads.InquiryType inquiryType(Ticket ticket) {
        return ticket.inquiryTypeId() == null ? null : new TicketEventPayloads.InquiryType(ticket.inquiryTypeId(),
                inquiryTypes.path(ticket.serviceCode(), ticket.inquiryTypeId()));
    }

    public void assigned(Ticket ticket, OperatorGroup group, Operator operator, AssignedBy by, Instant at) {
        append(ticket, TicketEventPayloads.TICKET_ASSIGNED, new TicketEventPayloads.TicketAssigned(ticket.id(),
                ticket.displayNumber(), ticket.serviceCode(), ticket.title(), ticket.status().name(),
                new TicketEventPayloads.Group(group.id(), group.name()),
                new TicketEventPayloads.Operator(operator.username(), operator.displayName(), operator.email()),
                new TicketEventPayloads.AssignedBy(by.kind().name(), by.name(), by.reason()), at));
    }

    /** The status change and the message of an action, whichever it had. */
    public void changed(Ticket ticket, TicketChange change) {
        changed(ticket, change, List.of());
    }

    /** As above, with the files the message carries. */
    public void changed(Ticket ticket, TicketChange change, List<AttachedFile> files) {
        if (change.statusChanged()) {
            append(ticket, TicketEventPayloads.TICKET_STATUS_CHANGED, new TicketEventPayloads.TicketStatusChanged(
                    ticket.id(), ticket.displayNumber(), ticket.serviceCode(), change.from().name(),
                    change.to().name(), change.action().path(), change.audit().actor(),
                    ticket.internalResolution() == null ? null : ticket.internalResolution().name(),
                    change.audit().createdAt()));
        }
        if (change.message() != null) {
            messageAdded(ticket, change.message(), files);
        }
    }

    /** A message with the files it carries. */
    public void messageAdded(Ticket ticket, TicketMessage message, List<AttachedFile> files) {
        append(ticket, TicketEventPayloads.MESSAGE_ADDED, new TicketEventPayloads.MessageAdded(ticket.id(),
                ticket.displayNumber(), ticket.serviceCode(), ticket.title(), message.id(), message.type().name(),
                message.author(), message.bodyFormat().name(), message.body(), customer(ticket),
                ticket.status().name(), message.createdAt(),
                files.stream().map(TicketEventPayloads.File::of).toList(), ticket.language(),
                message.mailMessageId()));
    }

    /** A message's characters were masked: its body now and the masked ranges of {@code (start, end)} pairs. */
    public void messageMasked(Ticket ticket, TicketMessage message, List<int[]> masks, String actor, Instant at) {
        append(ticket, TicketEventPayloads.MESSAGE_MASKED, new TicketEventPayloads.MessageMasked(ticket.id(),
                ticket.displayNumber(), ticket.serviceCode(), message.id(), message.type().name(),
                message.bodyFormat().name(), message.body(),
                masks.stream().map(r -> new TicketEventPayloads.MaskedRange(r[0], r[1])).toList(), actor, at));
    }

    private void append(Ticket ticket, String type, Object data) {
        outbox.append(TicketEventPayloads.AGGREGATE, ticket.id().toString(), type, data);
    }

    private static TicketEventPayloads.Customer customer(Ticket ticket) {
        return new TicketEventPayloads.Customer(ticket.customer().email(), ticket.customer().name());
    }
}
