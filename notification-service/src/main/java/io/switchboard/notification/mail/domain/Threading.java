package io.switchboard.notification.mail.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The threading headers of a reply: {@code In-Reply-To} names the customer's last mail (or, if they never
 * mailed, our last one), {@code References} the conversation so far, so mail clients show one thread.
 */
public record Threading(String inReplyTo, List<String> references) {

    /** RFC 5322 lines stay readable; the first mail and the latest ones are what clients thread by. */
    static final int MAX_REFERENCES = 20;

    /** @param conversation the ticket's mails so far, oldest first */
    public static Threading after(List<MailThreadEntry> conversation) {
        if (conversation.isEmpty()) {
            return new Threading(null, List.of());
        }
        String inReplyTo = null;
        for (int i = conversation.size() - 1; i >= 0 && inReplyTo == null; i--) {
            if (conversation.get(i).fromCustomer()) {
                inReplyTo = conversation.get(i).mailMessageId();
            }
        }
        if (inReplyTo == null) {
            inReplyTo = conversation.get(conversation.size() - 1).mailMessageId();
        }
        List<String> ids = conversation.stream().map(MailThreadEntry::mailMessageId).toList();
        List<String> references = new ArrayList<>();
        if (ids.size() > MAX_REFERENCES) {
            references.add(ids.get(0));
            references.addAll(ids.subList(ids.size() - MAX_REFERENCES + 1, ids.size()));
        } else {
            references.addAll(ids);
        }
        return new Threading(inReplyTo, references);
    }
}
