package io.switchboard.ticket.attachment.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An uploaded file's name made safe to store and to send back: no directories, no control
 * characters, NFC-normalised, at most 255 characters (the extension is kept). Any script is kept.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "attachment";

    public FileName {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || value.contains("/")
                || value.contains("\\")) {
            throw new IllegalArgumentException("not a sanitised file name: " + value);
        }
    }

    public static FileName sanitise(String raw) {
        if (raw == null) {
            return new FileName(FALLBACK);
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return new FileName(FALLBACK);
        }
        return new FileName(truncate(name));
    }

    /** The extension in lower case without the dot; empty if there is none. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? "" : value.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String truncate(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(base.charAt(keep - 1))) {
            keep--;
        }
        return base.substring(0, keep) + extension;
    }
}
