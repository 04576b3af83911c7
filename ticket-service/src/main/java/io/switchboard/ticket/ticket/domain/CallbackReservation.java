package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A promise to call the customer back (전화예약, counted as 약속콜): when, on which number, an optional note, and who
 * reserved (or last moved) it. A ticket holds at most one, open until it is done, cancelled or the ticket closes.
 */
@Embeddable
public record CallbackReservation(@Column(name = "callback_at") Instant at,
                                  @Column(name = "callback_phone") String phone,
                                  @Column(name = "callback_note") String note,
                                  @Column(name = "callback_reserved_by") String reservedBy) {

    /** Loosely a phone number: digits, spaces and {@code + - ( )}, with at least one digit. */
    public static final String PHONE_REGEX = "(?=.*[0-9])[0-9 +()-]{4,30}";
    public static final Pattern PHONE = Pattern.compile(PHONE_REGEX);
    public static final String PHONE_RULE = "must be a phone number of 4 to 30 characters: digits, spaces, + - ( )";
    public static final int MAX_NOTE = 500;

    /** The request's values are checked where they arrive ({@link Ticket#reserveCallback}); this keeps it whole. */
    public CallbackReservation {
        if (at == null || phone == null || reservedBy == null) {
            throw new IllegalArgumentException("a callback reservation needs a time, a number and who reserved it");
        }
    }

    /** Whether its time has come. */
    public boolean dueAt(Instant now) {
        return !at.isAfter(now);
    }

    /** The reservation as an audit line's details show it. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("at", at.toString());
        details.put("phone", phone);
        details.put("note", note);
        details.put("reservedBy", reservedBy);
        return details;
    }
}
