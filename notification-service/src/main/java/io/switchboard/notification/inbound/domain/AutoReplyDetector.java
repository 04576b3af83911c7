package io.switchboard.notification.inbound.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Tells mail that no customer wrote: auto-replies, bounces and reports, and our own mail coming back. Such mail
 * must never create or reopen a ticket, or two auto-responders answer each other for ever.
 *
 * <p>{@code X-Auto-Response-Suppress} asks others not to auto-reply; Exchange puts it on its out-of-office
 * replies, but Outlook also puts it on ordinary mail (meeting requests, mail sent by add-ins). Alone it is
 * therefore no signal: it counts only on a mail whose subject starts the way Exchange names its auto-replies.
 */
final class AutoReplyDetector {

    private static final Set<String> LIST_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final List<String> RESPONDER_HEADERS = List.of("X-Autoreply", "X-Autorespond", "X-Autoresponder");
    private static final Set<String> SUPPRESSING = Set.of("all", "oof", "autoreply");
    private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster");
    private static final Pattern EXCHANGE_AUTO_REPLY_SUBJECT = Pattern.compile("^(Automatic reply|Auto reply"
            + "|Autoreply|Out of Office|自動応答|自動返信|자동 회신|자동 응답)\\s*[:：].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ParseRules rules;

    AutoReplyDetector(ParseRules rules) {
        this.rules = rules;
    }

    /**
     * The reason this mail is automatic, if it is.
     *
     * @param header the first value of a header, decoded, or null
     */
    Optional<String> reason(UnaryOperator<String> header, MailAddress from, String contentType, String subject,
            String messageId) {
        String autoSubmitted = token(header.apply("Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.equals("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted);
        }
        for (String responder : RESPONDER_HEADERS) {
            if (header.apply(responder) != null) {
                return Optional.of(responder + " header (auto-responder)");
            }
        }
        String precedence = token(header.apply("Precedence"));
        if (precedence != null && LIST_PRECEDENCE.contains(precedence)) {
            return Optional.of("Precedence: " + precedence);
        }
        String suppress = header.apply("X-Auto-Response-Suppress");
        if (suppress != null && suppresses(suppress) && EXCHANGE_AUTO_REPLY_SUBJECT.matcher(subject).matches()) {
            return Optional.of("Exchange auto-reply (X-Auto-Response-Suppress: " + suppress.strip()
                    + " and an auto-reply subject)");
        }
        if (contentType.equals("multipart/report")) {
            return Optional.of("Content-Type: multipart/report (delivery or read report)");
        }
        if (SYSTEM_SENDERS.contains(from.localPart())) {
            return Optional.of("sent by " + from.address() + " (bounce)");
        }
        String returnPath = header.apply("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("empty Return-Path <> (bounce or automatic mail)");
        }
        if (rules.ownAddresses().contains(from.address())) {
            return Optional.of("sent from our own address " + from.address() + " (mail loop)");
        }
        if (messageId != null && MessageIds.domainOf(messageId).equals(rules.ownMessageIdDomain())) {
            return Optional.of("Message-ID " + messageId + " is one of ours (our own mail came back)");
        }
        return Optional.empty();
    }

    private static boolean suppresses(String value) {
        for (String flag : value.split("[,\\s]+")) {
            if (SUPPRESSING.contains(flag.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The value before any parameters or comment, lower case. */
    private static String token(String value) {
        if (value == null) {
            return null;
        }
        String token = value.split("[;(]", 2)[0].strip().toLowerCase(Locale.ROOT);
        return token.isEmpty() ? null : token;
    }
}
