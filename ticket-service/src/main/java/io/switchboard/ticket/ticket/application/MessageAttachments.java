package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.AttachedFile;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files a message carries. Files are uploaded to the ticket first and then named by the reply, comment or
 * re-inquiry that sends them; the attachment feature implements this so tickets do not depend on it.
 */
public interface MessageAttachments {

    /**
     * Links uploads of {@code uploadedTo} to a new message of {@code messageTicket} (the same ticket, or the
     * follow-up a re-inquiry opened). Refuses, naming each bad entry, files that are unknown, of another ticket,
     * or already sent with another message.
     */
    List<AttachedFile> attach(UUID uploadedTo, UUID messageTicket, UUID messageId, List<UUID> attachmentIds);

    /** The files of each message that has any. */
    Map<UUID, List<AttachedFile>> ofMessages(Collection<UUID> messageIds);
}
