package io.switchboard.ticket.attachment.application;

import io.switchboard.ticket.attachment.domain.AttachmentStorage;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.attachment.domain.Attachment;
import io.switchboard.ticket.attachment.domain.AttachmentPolicy;
import io.switchboard.ticket.attachment.domain.AttachmentTooLarge;
import io.switchboard.ticket.attachment.domain.UnsupportedAttachmentType;
import io.switchboard.ticket.attachment.domain.FileName;
import io.switchboard.ticket.attachment.domain.FileSignature;
import io.switchboard.ticket.attachment.messaging.AttachmentEventPayloads;
import io.switchboard.ticket.attachment.persistence.AttachmentRepository;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachment use cases. An upload stores bytes, metadata, the ticket's history line and the
 * {@code AttachmentAdded} outbox event in one transaction: a failure leaves none of them behind.
 */
@ApplicationScoped
public class AttachmentService {

    private final AccessPolicy access;
    private final TicketRepository ticketRepository;
    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final AttachmentsConfig config;
    private final Outbox outbox;
    private final Clock clock;

    AttachmentService(AccessPolicy access, TicketRepository ticketRepository, AttachmentRepository attachments,
                      AttachmentStorage storage, AttachmentsConfig config, Outbox outbox, Clock clock) {
        this.access = access;
        this.ticketRepository = ticketRepository;
        this.attachments = attachments;
        this.storage = storage;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Attachment add(Caller caller, UUID ticketId, NewAttachment upload) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        config.policy().checkSize(upload.size());
        return store(ticket, upload.fileName(), upload.declaredType(), read(upload), caller.username());
    }

    /**
     * A file of a customer's mail, uploaded to the ticket by the system under the same size and type rules as
     * an upload; refused with {@link io.switchboard.ticket.attachment.domain.AttachmentTooLarge} or
     * {@link io.switchboard.ticket.attachment.domain.UnsupportedAttachmentType}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment addFromMail(UUID ticketId, String fileName, String declaredType, byte[] content,
                                  String createdBy) {
        return store(ticketRepository.find(ticketId).orElseThrow(), fileName, declaredType, content, createdBy);
    }

    /** The largest file accepted, for refusing a mail's file before fetching it. */
    public long maxSize() {
        return config.policy().maxSize();
    }

    /** How many files one message may carry. */
    public int maxPerMessage() {
        return AttachmentLinks.MAX_PER_MESSAGE;
    }

    /**
     * Why the size and type rules refuse a file, e.g. "type not allowed"; empty when they accept it. Outside any
     * transaction boundary, so a refusal never marks the caller's transaction for rollback.
     */
    public Optional<String> refusalOf(String fileName, String declaredType, byte[] content) {
        try {
            config.policy().check(FileName.sanitise(fileName), declaredType, content.length, head(content));
            return Optional.empty();
        } catch (AttachmentTooLarge e) {
            return Optional.of("too large (" + content.length + " bytes; at most " + maxSize() + ")");
        } catch (UnsupportedAttachmentType e) {
            return Optional.of("type not allowed (" + declaredType + ")");
        }
    }

    private Attachment store(Ticket ticket, String fileName, String declaredType, byte[] content, String createdBy) {
        AttachmentPolicy policy = config.policy();
        FileName name = FileName.sanitise(fileName);
        String contentType = policy.check(name, declaredType, content.length, head(content));
        Attachment attachment = new Attachment(ticket.id(), name, contentType, content.length, sha256(content),
                createdBy, clock.instant());
        storage.put(attachment.storageKey(), content);
        attachments.add(attachment);
        ticketRepository.add(attachment.addedEvent());
        outbox.append(AttachmentEventPayloads.AGGREGATE, ticket.id().toString(), AttachmentEventPayloads.ATTACHMENT_ADDED,
                new AttachmentEventPayloads.AttachmentAdded(ticket.id(), ticket.displayNumber(), ticket.serviceCode(),
                        attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size(),
                        attachment.sha256(), attachment.createdBy(), attachment.createdAt()));
        return attachment;
    }

    @Transactional
    public List<Attachment> list(Caller caller, UUID ticketId) {
        return attachments.ofTicket(access.visibleTicket(caller, ticketId).id());
    }

    @Transactional
    public AttachmentContent get(Caller caller, UUID ticketId, UUID attachmentId) {
        UUID visibleTicket = access.visibleTicket(caller, ticketId).id();
        Attachment attachment = attachments.find(attachmentId).filter(a -> a.ticketId().equals(visibleTicket))
                .orElseThrow(() -> new ProblemException.NotFound("Ticket " + ticketId + " has no attachment "
                        + attachmentId + "."));
        byte[] content = storage.get(attachment.storageKey()).orElseThrow(() -> new IllegalStateException(
                "attachment " + attachmentId + " has no content under " + attachment.storageKey()));
        return new AttachmentContent(attachment, content);
    }

    private static byte[] read(NewAttachment upload) {
        try {
            return Files.readAllBytes(upload.content());
        } catch (IOException e) {
            throw new UncheckedIOException("the upload cannot be read", e);
        }
    }

    private static byte[] head(byte[] content) {
        return java.util.Arrays.copyOf(content, Math.min(content.length, FileSignature.HEAD_LENGTH));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
