package io.switchboard.platform.paging;

import io.switchboard.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque page cursors of the APIs: base64url of "epoch-micros:item-id". */
public final class Cursor {

    private Cursor() {
    }

    public static String encode(ListPosition position) {
        if (position == null) {
            return null;
        }
        Instant at = position.createdAt();
        long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
        String raw = micros + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor stands for; a cursor this API did not hand out is a 400 naming {@code cursor}. */
    public static ListPosition decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            long micros = Long.parseLong(raw.substring(0, colon));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            return new ListPosition(at, UUID.fromString(raw.substring(colon + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeException e) {
            throw new ProblemException.Invalid("cursor", "is not a cursor returned by this API");
        }
    }
}
