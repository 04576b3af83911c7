package io.switchboard.notification.inbound.domain;

/** A raw mail that cannot become a ticket; the poller quarantines it with the reason and detail. */
public class UnreadableMailException extends Exception {

    public enum Reason {
        /** No usable From address, a MIME tree that cannot be read, or a body that contradicts its encoding. */
        MALFORMED,
        /** A charset neither Java nor our aliases know, so the text cannot be shown. */
        UNDECODABLE_CHARSET,
        /** Larger than {@link ParseRules#maxRawBytes()}; refused before parsing. */
        TOO_LARGE
    }

    private final Reason reason;
    private final String detail;

    public UnreadableMailException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public UnreadableMailException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong, for an admin. */
    public String detail() {
        return detail;
    }
}
