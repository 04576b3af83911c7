package io.switchboard.ticket.masking.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.masking.domain.MaskedText;
import io.switchboard.ticket.masking.domain.MessageMask;
import io.switchboard.ticket.masking.persistence.MessageMasks;
import io.switchboard.ticket.search.persistence.TicketTexts;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.MessageType;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.events.TicketEventPublisher;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Masking personal info in a message or in the ticket's own content, and lifting a mask (docs/masking.md). The row
 * is rewritten, the original characters (and HTML attributes that held them) are kept only sealed, the ticket's
 * full-text document is written afresh and the history gets a MASKED or UNMASKED line, and a message's mask
 * publishes MessageMasked (the masked body) for copies elsewhere — all in one transaction, and none of it holds or
 * logs the original characters.
 */
@ApplicationScoped
public class MessageMasking {

    /** What people write or send: the customer's messages, replies and operators' notes. */
    static final Set<MessageType> MASKABLE = Set.of(MessageType.CUSTOMER_INQUIRY, MessageType.CUSTOMER_REINQUIRY,
            MessageType.FINAL_REPLY, MessageType.INTERIM_REPLY, MessageType.INTERNAL_COMMENT, MessageType.FORWARD_NOTE);

    private final AccessPolicy access;
    private final TicketRepository tickets;
    private final MessageMasks masks;
    private final MaskCipher cipher;
    private final TicketTexts texts;
    private final TicketEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;

    MessageMasking(AccessPolicy access, TicketRepository tickets, MessageMasks masks, MaskCipher cipher,
                   TicketTexts texts, TicketEventPublisher events, Clock clock, ObjectMapper json) {
        this.json = json;
        this.events = events;
        this.access = access;
        this.tickets = tickets;
        this.masks = masks;
        this.cipher = cipher;
        this.texts = texts;
        this.clock = clock;
    }

    /** Masks code points {@code start} to {@code end} (exclusive) of the message's text. */
    @Transactional
    public MessageMask mask(Caller caller, UUID ticketId, UUID messageId, Integer start, Integer end) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        access.permit(caller, ticket, TicketAction.MASK);
        requireRange(start, end);
        TicketMessage message = lockedMessage(ticket, messageId);
        if (!MASKABLE.contains(message.type())) {
            throw new ProblemException.Conflict("A message of type " + message.type() + " is not masked; customer "
                    + "messages, replies, comments and forward notes are.");
        }
        MessageMask mask = mask(caller, ticket, new MessagePart(message), start, end);
        events.messageMasked(ticket, message, masks.ofMessage(messageId).stream()
                .map(m -> new int[] {m.start(), m.end()}).toList(), caller.username(), mask.maskedAt());
        return mask;
    }

    /** Masks code points {@code start} to {@code end} (exclusive) of the ticket's own content (plain text). */
    @Transactional
    public MessageMask maskContent(Caller caller, UUID ticketId, Integer start, Integer end) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        access.permit(caller, ticket, TicketAction.MASK);
        requireRange(start, end);
        return mask(caller, ticket, contentPart(ticket), start, end);
    }

    /** Restores what the mask of the message hid and forgets the mask. */
    @Transactional
    public void unmask(Caller caller, UUID ticketId, UUID messageId, UUID maskId) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        access.permit(caller, ticket, TicketAction.UNMASK);
        TicketMessage message = lockedMessage(ticket, messageId);
        MessageMask mask = masks.find(maskId).filter(m -> message.id().equals(m.messageId()))
                .orElseThrow(() -> new ProblemException.NotFound("Message " + messageId + " has no mask " + maskId + "."));
        unmask(caller, ticket, new MessagePart(message), mask);
    }

    /** Restores what the mask of the ticket's content hid and forgets the mask. */
    @Transactional
    public void unmaskContent(Caller caller, UUID ticketId, UUID maskId) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        access.permit(caller, ticket, TicketAction.UNMASK);
        Part content = contentPart(ticket);
        MessageMask mask = masks.find(maskId).filter(m -> m.ofContent() && m.ticketId().equals(ticket.id()))
                .orElseThrow(() -> new ProblemException.NotFound("The content of ticket " + ticket.displayNumber()
                        + " has no mask " + maskId + "."));
        unmask(caller, ticket, content, mask);
    }

    /** The masks of the ticket's content, by position. */
    @Transactional
    public List<MessageMask> contentMasks(Caller caller, UUID ticketId) {
        return masks.ofContent(access.visibleTicket(caller, ticketId).id());
    }

    /** What a mask rewrites, locked until commit so that two masks of it are made one after the other. */
    private interface Part {
        /** Null for the ticket's content. */
        UUID messageId();

        String body();

        boolean html();

        void rewrite(String body);

        List<MessageMask> masks();

        String name();
    }

    private final class MessagePart implements Part {
        private final TicketMessage message;

        MessagePart(TicketMessage message) {
            this.message = message;
        }

        public UUID messageId() {
            return message.id();
        }

        public String body() {
            return message.body();
        }

        public boolean html() {
            return message.bodyFormat() == MessageBody.Format.HTML;
        }

        public void rewrite(String body) {
            message.rewriteMasked(body);
        }

        public List<MessageMask> masks() {
            return masks.ofMessage(message.id());
        }

        public String name() {
            return "a message";
        }
    }

    private Part contentPart(Ticket ticket) {
        String content = masks.lockContent(ticket.id());
        return new Part() {
            public UUID messageId() {
                return null;
            }

            public String body() {
                return content;
            }

            public boolean html() {
                return false;
            }

            public void rewrite(String body) {
                masks.rewriteContent(ticket.id(), body);
            }

            public List<MessageMask> masks() {
                return masks.ofContent(ticket.id());
            }

            public String name() {
                return "the ticket's content";
            }
        };
    }

    private MessageMask mask(Caller caller, Ticket ticket, Part part, int start, int end) {
        MaskedText text = MaskedText.of(part.body(), part.html());
        text.text(start, end);
        for (MessageMask existing : part.masks()) {
            if (existing.overlaps(start, end)) {
                throw new ProblemException.Conflict("Characters " + existing.start() + " to " + existing.end()
                        + " of " + part.name() + " are masked already (mask " + existing.id() + "); unmask them first.");
            }
        }
        String original = text.mask(start, end);
        List<MaskedText.HiddenAttribute> attributes = text.hideAttributesHolding(original);
        part.rewrite(text.body());
        Instant now = clock.instant();
        MessageMask mask = new MessageMask(UUID.randomUUID(), ticket.id(), part.messageId(), start, end,
                caller.username(), now);
        mask.reseal(cipher.seal(mask, original),
                cipher.sealAttributes(mask, attributes.isEmpty() ? null : json(attributes)));
        masks.add(mask);
        texts.reindex(ticket.id());
        tickets.add(TicketEvent.withDetails(ticket.id(), TicketEvent.Type.MASKED, caller.username(),
                "Masked " + (end - start) + " characters of " + part.name(), now, details(mask)));
        return mask;
    }

    private void unmask(Caller caller, Ticket ticket, Part part, MessageMask mask) {
        if (!cipher.lists(mask.sealedOriginal().keyId())) {
            throw new ProblemException.Conflict("This mask is sealed under key " + mask.sealedOriginal().keyId() + ", which "
                    + MaskingConfig.KEYS_SETTING + " no longer lists; list the key again to unmask it.");
        }
        MaskedText text = MaskedText.of(part.body(), part.html());
        text.restore(mask.start(), cipher.open(mask));
        String attributes = cipher.openAttributes(mask);
        if (attributes != null) {
            text.restoreAttributes(hiddenAttributes(attributes));
        }
        part.rewrite(text.body());
        masks.remove(mask);
        texts.reindex(ticket.id());
        tickets.add(TicketEvent.withDetails(ticket.id(), TicketEvent.Type.UNMASKED, caller.username(),
                "Unmasked " + (mask.end() - mask.start()) + " characters of " + part.name(), clock.instant(),
                details(mask)));
    }

    private TicketMessage lockedMessage(Ticket ticket, UUID messageId) {
        return masks.lockMessage(messageId).filter(m -> m.ticketId().equals(ticket.id()))
                .orElseThrow(() -> new ProblemException.NotFound("Ticket " + ticket.displayNumber()
                        + " has no message " + messageId + "."));
    }

    private String json(List<MaskedText.HiddenAttribute> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes are strings and a number", e);
        }
    }

    private List<MaskedText.HiddenAttribute> hiddenAttributes(String attributes) {
        try {
            return json.readValue(attributes, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sealed attributes of a mask are not the JSON masking wrote", e);
        }
    }

    private static void requireRange(Integer start, Integer end) {
        if (start == null) {
            throw new ProblemException.Invalid("start", "must be given: the first masked character (code point)");
        }
        if (end == null) {
            throw new ProblemException.Invalid("end", "must be given: the character (code point) after the last one masked");
        }
    }

    /** Where the mask is (no message: the ticket's content), never what it hides. */
    private static Map<String, Object> details(MessageMask mask) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("messageId", mask.ofContent() ? null : mask.messageId().toString());
        details.put("maskId", mask.id().toString());
        details.put("start", mask.start());
        details.put("end", mask.end());
        return details;
    }
}
