package io.switchboard.ticket.bulk.application;

import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.bulk.domain.BulkAction;
import io.switchboard.ticket.template.application.Templates;
import io.switchboard.ticket.ticket.application.MessageDraft;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.domain.MessageBody;
import java.util.UUID;

/**
 * What a bulk job does to each ticket, stored with the job: the action and its body, as validated by the
 * single action's request record. Each ticket is one call of the single action's use case.
 */
public record BulkCommand(BulkAction action, String body, MessageBody.Format format, UUID groupId, String assignee,
                          String note) {

    /** Comment, hold or resolve: one reply for every ticket. */
    public static BulkCommand reply(BulkAction action, MessageDraft draft) {
        return new BulkCommand(action, draft.body(), draft.format(), null, null, null);
    }

    public static BulkCommand assign(UUID groupId, String assignee) {
        return new BulkCommand(BulkAction.ASSIGN, null, null, groupId, assignee, null);
    }

    public static BulkCommand forward(UUID groupId, String assignee, String note) {
        return new BulkCommand(BulkAction.FORWARD, null, null, groupId, assignee, note);
    }

    /**
     * The single action on one ticket, in the caller's transaction; refusals are its ProblemExceptions. A reply's
     * replacement codes are filled from this ticket, so each customer reads their own name and ticket number.
     */
    void applyTo(TicketLifecycle lifecycle, Templates templates, Caller caller, UUID ticketId,
                 TicketLifecycle.Expected expected) {
        switch (action) {
            case COMMENT -> lifecycle.comment(caller, ticketId, expected, draftFor(templates, caller, ticketId));
            case HOLD -> lifecycle.hold(caller, ticketId, expected, draftFor(templates, caller, ticketId));
            case RESOLVE -> lifecycle.resolve(caller, ticketId, expected, draftFor(templates, caller, ticketId));
            case ASSIGN -> lifecycle.assign(caller, ticketId, expected, groupId, assignee);
            case FORWARD -> lifecycle.forward(caller, ticketId, expected, groupId, assignee, note);
        }
    }

    private MessageDraft draftFor(Templates templates, Caller caller, UUID ticketId) {
        return new MessageDraft(templates.fill(caller, ticketId, body, format), format);
    }
}
