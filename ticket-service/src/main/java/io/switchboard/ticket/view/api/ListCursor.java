package io.switchboard.ticket.view.api;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.view.domain.ListPosition;
import io.switchboard.ticket.view.domain.SortOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The opaque cursors of the views: base64url of "sort:updated-micros:priority-rank:created-micros:id". */
final class ListCursor {

    private ListCursor() {
    }

    static String encode(ListPosition position) {
        if (position == null) {
            return null;
        }
        String raw = position.sort().code() + ":" + micros(position.updatedAt()) + ":" + position.priorityRank() + ":"
                + micros(position.createdAt()) + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position; a cursor this API did not hand out, or one of another sort, is a 400 naming {@code cursor}. */
    static ListPosition decode(String cursor, SortOrder sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor returned by this API");
        }
        if (parts.length != 5 || SortOrder.of(parts[0]).isEmpty()) {
            throw invalid("is not a cursor returned by this API");
        }
        if (SortOrder.of(parts[0]).get() != sort) {
            throw invalid("belongs to sort=" + parts[0] + ", not sort=" + sort.code());
        }
        try {
            return new ListPosition(sort, instant(parts[1]), Integer.parseInt(parts[2]), instant(parts[3]),
                    UUID.fromString(parts[4]));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            throw invalid("is not a cursor returned by this API");
        }
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }

    private static Instant instant(String micros) {
        long value = Long.parseLong(micros);
        return Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000), Math.floorMod(value, 1_000_000) * 1_000L);
    }

    private static ProblemException.Invalid invalid(String message) {
        return new ProblemException.Invalid("cursor", message);
    }
}
