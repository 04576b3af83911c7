package io.switchboard.ticket.view.api;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Priority;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.view.domain.ListPosition;
import io.switchboard.ticket.view.domain.SortOrder;
import io.switchboard.ticket.view.domain.TicketQuery;
import io.switchboard.ticket.view.domain.View;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query parameters of {@code GET /api/v1/tickets}, read strictly: an unknown parameter, a value that does not
 * parse, a single-valued parameter given twice, an inverted range or an over-long value is a 400 naming each
 * offending parameter. Empty values count as absent.
 */
final class ListParameters {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 200;
    /** Longer than any value a criterion can match (an e-mail address has at most 254 characters). */
    static final int MAX_VALUE = 254;
    static final String FIELD_PREFIX = "field.";

    private static final Set<String> REPEATABLE = Set.of("priority", "status", "channel");
    private static final Set<String> SINGLE = Set.of("view", "starred", "sort", "limit", "cursor", "createdFrom",
            "createdTo", "number", "title", "group", "assignee", "inquiryType", "processingType", "customerNumber",
            "customerName", "loginId", "email", "phone", "language", "service", "q");
    private static final Pattern NUMBER = Pattern.compile("(?:([A-Za-z][A-Za-z0-9]{0,15})-)?(\\d{1,18})");
    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("(?:[Cc]-)?(\\d{1,18})");

    private final Map<String, List<String>> values;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private ListParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The list request the parameters describe, or a 400 listing every bad parameter. */
    static TicketQuery parse(Map<String, List<String>> parameters) {
        ListParameters p = new ListParameters(parameters);
        TicketQuery query = p.query();
        if (p.errors.size() == 1) {
            Problem.FieldError error = p.errors.get(0);
            throw new ProblemException.Invalid("The parameter '" + error.field() + "' " + error.message() + ".",
                    p.errors);
        }
        if (!p.errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid parameters: " + p.errors.stream()
                    .map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")) + ".", p.errors);
        }
        return query;
    }

    private TicketQuery query() {
        Map<String, String> fields = new LinkedHashMap<>();
        values.keySet().forEach(name -> {
            if (name.startsWith(FIELD_PREFIX)) {
                String code = name.substring(FIELD_PREFIX.length());
                if (!FieldDefinition.CODE.matcher(code).matches()) {
                    error(name, "is not a field code (a lower-case letter, then letters, digits or _)");
                } else {
                    String value = bounded(name, MAX_VALUE);
                    if (value != null) {
                        fields.put(code, value);
                    }
                }
            } else if (!SINGLE.contains(name) && !REPEATABLE.contains(name)) {
                error(name, "is not a parameter of this list");
            }
        });
        View view = parsed("view", v -> View.of(v).orElseThrow(), View.ALL,
                "must be one of " + Arrays.stream(View.values()).map(View::code).collect(Collectors.joining(", "))
                        + " (or mine)");
        boolean starred = parsed("starred", ListParameters::bool, false, "must be true or false");
        SortOrder sort = parsed("sort", s -> SortOrder.of(s).orElseThrow(), SortOrder.CREATED,
                "must be created, updated or priority");
        int limit = parsed("limit", ListParameters::limit, DEFAULT_LIMIT,
                "must be an integer from 1 to " + MAX_LIMIT);
        String cursor = bounded("cursor", MAX_VALUE);
        ListPosition after = null;
        if (cursor != null) {
            try {
                after = ListCursor.decode(cursor, sort);
            } catch (ProblemException.Invalid e) {
                errors.addAll(e.fieldErrors());
            }
        }
        TicketQuery.Bound from = parsed("createdFrom", ListParameters::bound, null,
                "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or date (2026-03-01)");
        TicketQuery.Bound to = parsed("createdTo", ListParameters::bound, null,
                "must be an ISO-8601 instant (2026-03-01T09:00:00Z) or date (2026-03-01)");
        if (from != null && to != null && inverted(from, to)) {
            error("createdFrom", "is after createdTo");
        }
        TicketQuery.Criteria criteria = new TicketQuery.Criteria(from, to,
                all("priority", Priority.class), parsed("number", ListParameters::ticketNumber, null,
                        "must be a ticket number such as CS-12"),
                text("title", MAX_TEXT), parsed("group", UUID::fromString, null, "must be a UUID"),
                text("assignee", MAX_VALUE), all("status", TicketStatus.class), all("channel", Channel.class),
                parsed("inquiryType", UUID::fromString, null, "must be a UUID"),
                parsed("processingType", UUID::fromString, null, "must be a UUID"),
                parsed("customerNumber", ListParameters::customerNumber, null,
                        "must be a customer number such as C-000123"),
                text("customerName", MAX_TEXT), text("loginId", MAX_VALUE), text("email", MAX_VALUE),
                text("phone", MAX_VALUE), text("language", MAX_VALUE), fields, text("service", MAX_VALUE),
                text("q", MAX_TEXT));
        return new TicketQuery(view, starred, sort, after, limit, criteria);
    }

    /** The one value of a single-valued parameter, null when absent or empty. */
    private String single(String name) {
        List<String> given = values.getOrDefault(name, List.of()).stream().filter(v -> !v.isEmpty()).toList();
        if (given.size() > 1) {
            error(name, "is given more than once");
            return null;
        }
        if (given.isEmpty()) {
            return null;
        }
        return given.get(0);
    }

    /** The value unless it is longer than {@code max} (then an error). */
    private String bounded(String name, int max) {
        String value = single(name);
        if (value != null && value.length() > max) {
            error(name, "is longer than " + max + " characters");
            return null;
        }
        return value;
    }

    private String text(String name, int max) {
        String value = bounded(name, max);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private <T> T parsed(String name, Function<String, T> parse, T absent, String expected) {
        String value = bounded(name, MAX_VALUE);
        if (value == null) {
            return absent;
        }
        try {
            return parse.apply(value.strip());
        } catch (RuntimeException e) {
            error(name, expected);
            return absent;
        }
    }

    private <E extends Enum<E>> Set<E> all(String name, Class<E> type) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values.getOrDefault(name, List.of())) {
            if (value.isEmpty()) {
                continue;
            }
            try {
                parsed.add(Enum.valueOf(type, value.strip()));
            } catch (IllegalArgumentException e) {
                error(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return parsed;
    }

    private void error(String name, String message) {
        // a 10 k-character name is not echoed back
        String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
        errors.add(new Problem.FieldError(shown, message));
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static int limit(String value) {
        int limit = Integer.parseInt(value);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(value);
        }
        return limit;
    }

    private static TicketQuery.Bound bound(String value) {
        if (value.length() == 10) {
            return new TicketQuery.Bound(null, LocalDate.parse(value));
        }
        try {
            return new TicketQuery.Bound(Instant.parse(value), null);
        } catch (DateTimeException e) {
            return new TicketQuery.Bound(OffsetDateTime.parse(value).toInstant(), null);
        }
    }

    /**
     * Whether from lies after to. A date against an instant is not compared here: the date's day depends on each
     * service's time zone, and such a range simply finds nothing.
     */
    private static boolean inverted(TicketQuery.Bound from, TicketQuery.Bound to) {
        if (from.date() != null && to.date() != null) {
            return from.date().isAfter(to.date());
        }
        if (from.instant() != null && to.instant() != null) {
            return from.instant().isAfter(to.instant());
        }
        return false;
    }

    private static TicketQuery.TicketNumber ticketNumber(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(value);
        }
        return new TicketQuery.TicketNumber(m.group(1) == null ? null : m.group(1).toUpperCase(Locale.ROOT),
                Long.parseLong(m.group(2)));
    }

    private static Long customerNumber(String value) {
        Matcher m = CUSTOMER_NUMBER.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(value);
        }
        return Long.parseLong(m.group(1));
    }
}
