package io.switchboard.platform.problem;

/**
 * The characters no text given to Switchboard may hold, wherever it comes from (JSON strings and member names,
 * decoded path and query values): the C0 control characters other than tab, line feed and carriage return —
 * PostgreSQL cannot store U+0000, and the others are never typed by a person — and surrogates that are not
 * part of a pair (they are not characters; stored, they would come back as {@code ?}).
 */
public final class TextRule {

    private TextRule() {
    }

    /** The index of the first refused character of {@code text}, or -1 if it has none. */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Why the character at {@code index} (found by {@link #firstRefused}) is refused, e.g. for a field error. */
    public static String reason(CharSequence text, int index) {
        char c = text.charAt(index);
        String code = String.format("U+%04X", (int) c);
        if (c == 0) {
            return "must not contain the NUL character (" + code + ")";
        }
        return Character.isSurrogate(c) ? "must not contain an unpaired surrogate (" + code + ")"
                : "must not contain the control character " + code + " (only tab, line feed and carriage return are allowed)";
    }
}
