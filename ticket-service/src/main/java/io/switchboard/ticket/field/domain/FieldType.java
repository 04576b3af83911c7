package io.switchboard.ticket.field.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of fields of PRODUCT.md §4 and the values each takes (as JSON gives them: strings,
 * booleans, objects). {@link #check} answers the stored form of a value or why it is wrong.
 */
public enum FieldType {
    TEXT, TEXTAREA, CHECKBOX, DROPDOWN, RADIO, DATE, DATETIME, DATE_PERIOD, DATETIME_PERIOD, AGREE, CAPTION, FILE;

    static final int TEXT_MAX = 1_000;
    static final int TEXTAREA_MAX = 10_000;

    /** The name used in the API and the database, e.g. {@code date_period}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(FieldType::code).toList();
    }

    public boolean hasOptions() {
        return this == DROPDOWN || this == RADIO;
    }

    /** A stored value, or the reason the given one is not acceptable. */
    public record Checked(Object value, String problem) {

        static Checked ok(Object value) {
            return new Checked(value, null);
        }

        static Checked bad(String problem) {
            return new Checked(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** Checks a non-null value; {@code required} matters only for AGREE (which then must be true). */
    public Checked check(Object value, List<FieldOption> options, boolean required) {
        return switch (this) {
            case TEXT -> text(value, TEXT_MAX);
            case TEXTAREA -> text(value, TEXTAREA_MAX);
            case CHECKBOX -> value instanceof Boolean b ? Checked.ok(b) : Checked.bad("must be true or false");
            case AGREE -> !(value instanceof Boolean b) ? Checked.bad("must be true or false")
                    : required && !b ? Checked.bad("must be agreed to (true)") : Checked.ok(b);
            case DROPDOWN, RADIO -> value instanceof String s && options.stream().anyMatch(o -> o.value().equals(s))
                    ? Checked.ok(s)
                    : Checked.bad("must be one of " + options.stream().map(FieldOption::value).toList());
            case DATE -> parsed(value, LocalDate::parse, "must be a date such as 2026-01-31");
            case DATETIME -> parsed(value, OffsetDateTime::parse, "must be a date and time with offset such as "
                    + "2026-01-31T09:30:00+09:00");
            case DATE_PERIOD -> period(value, LocalDate::parse, "dates such as 2026-01-31");
            case DATETIME_PERIOD -> period(value, OffsetDateTime::parse,
                    "dates and times with offset such as 2026-01-31T09:30:00+09:00");
            case CAPTION -> Checked.bad("is a caption and takes no value");
            case FILE -> Checked.bad("file fields take no value here yet: upload the files as attachments of the ticket");
        };
    }

    private static Checked text(Object value, int max) {
        if (!(value instanceof String s)) {
            return Checked.bad("must be text");
        }
        return s.length() > max ? Checked.bad("must be at most " + max + " characters") : Checked.ok(s.strip());
    }

    private static <T> Checked parsed(Object value, Function<String, T> parser, String problem) {
        if (value instanceof String s) {
            try {
                parser.apply(s.strip());
                return Checked.ok(s.strip());
            } catch (DateTimeParseException e) {
                // falls through to the problem
            }
        }
        return Checked.bad(problem);
    }

    private static <T extends Comparable<? super T>> Checked period(Object value, Function<String, T> parser,
                                                                    String what) {
        String problem = "must be {\"from\": …, \"to\": …} with " + what + ", from not after to";
        if (!(value instanceof Map<?, ?> map) || !(map.get("from") instanceof String from)
                || !(map.get("to") instanceof String to) || map.size() != 2) {
            return Checked.bad(problem);
        }
        try {
            if (parser.apply(from.strip()).compareTo(parser.apply(to.strip())) > 0) {
                return Checked.bad("from must not be after to");
            }
        } catch (DateTimeParseException e) {
            return Checked.bad(problem);
        }
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("from", from.strip());
        stored.put("to", to.strip());
        return Checked.ok(stored);
    }
}
