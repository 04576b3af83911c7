package io.switchboard.ticket.attachment.application;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.attachment.domain.Attachment;
import io.switchboard.ticket.attachment.persistence.AttachmentRepository;
import io.switchboard.ticket.ticket.application.MessageAttachments;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Attachments as the files of messages: each upload goes out with at most one message. */
@ApplicationScoped
class AttachmentLinks implements MessageAttachments {

    static final int MAX_PER_MESSAGE = 10;

    private final AttachmentRepository attachments;

    AttachmentLinks(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AttachedFile> attach(UUID uploadedTo, UUID messageTicket, UUID messageId, List<UUID> attachmentIds) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (attachmentIds.size() > MAX_PER_MESSAGE) {
            throw new ProblemException.Invalid("attachments", "at most " + MAX_PER_MESSAGE + " files per message");
        }
        Set<UUID> seen = new HashSet<>();
        List<Attachment> found = new ArrayList<>();
        for (int i = 0; i < attachmentIds.size(); i++) {
            UUID id = attachmentIds.get(i);
            String field = "attachments[" + i + "]";
            Attachment attachment = id == null ? null
                    : attachments.find(id).filter(a -> a.ticketId().equals(uploadedTo)).orElse(null);
            if (attachment == null) {
                errors.add(new Problem.FieldError(field, "is not an attachment uploaded to this ticket"));
            } else if (!seen.add(id)) {
                errors.add(new Problem.FieldError(field, "is named twice"));
            } else if (attachment.messageId() != null) {
                errors.add(new Problem.FieldError(field, attachment.fileName() + " was already sent with another message"));
            } else {
                found.add(attachment);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("Some attachments cannot be sent with this message.", errors);
        }
        found.forEach(attachment -> attachment.sendWith(messageTicket, messageId));
        return found.stream().map(AttachmentLinks::file).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<AttachedFile>> ofMessages(Collection<UUID> messageIds) {
        Map<UUID, List<AttachedFile>> files = new LinkedHashMap<>();
        for (Attachment attachment : attachments.ofMessages(messageIds)) {
            files.computeIfAbsent(attachment.messageId(), id -> new ArrayList<>()).add(file(attachment));
        }
        return files;
    }

    private static AttachedFile file(Attachment attachment) {
        return new AttachedFile(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size());
    }
}
