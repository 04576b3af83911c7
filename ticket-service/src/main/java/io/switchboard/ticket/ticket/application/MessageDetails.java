package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.masking.domain.MessageMask;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import java.util.List;

/** A message of the processing history with the files it carried and its masked ranges. */
public record MessageDetails(TicketMessage message, List<AttachedFile> attachments, List<MessageMask> masks) {
}
