package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.platform.calendar.ServiceCalendar;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One condition row of a trigger: required rows must all hold; of the optional rows at least one
 * must hold when there are any. Text comparisons ignore case; regular expressions do not
 * (write {@code (?i)} for that).
 *
 * @param field the field code, for target FIELD only
 * @param value a string, number or boolean; a list for ONE_OF / NONE_OF; absent for IS_EMPTY / IS_SET
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Condition(boolean required, Target target, String field, Operator operator, JsonNode value) {

    public static final int MAX_TEXT = 1_000;
    public static final int MAX_LIST = 200;
    private static final java.util.regex.Pattern FIELD_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /** The outcome of one row against one ticket, kept in the decision record. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(boolean required, Target target, String field, Operator operator, JsonNode expected,
                         Object actual, boolean holds) {
    }

    /**
     * Builds a row from its raw parts, adding an error under {@code path} for each invalid part:
     * unknown target or operator, an operator the target does not take, a value of the wrong type.
     */
    public static Condition parse(Errors errors, String path, Boolean required, String target, String field,
                                  String operator, JsonNode value) {
        int before = errors.size();
        Target t = parseEnum(Target.class, target, errors, path + ".target", "target");
        Operator o = parseEnum(Operator.class, operator, errors, path + ".operator", "operator");
        if (required == null) {
            errors.add(path + ".required", "must be true (AND) or false (OR)");
        }
        if (t != null && o != null && !t.allows(o)) {
            errors.add(path + ".operator", "operator " + o + " is not valid for target " + t + "; valid: "
                    + t.kind().operators());
        }
        if (t == Target.FIELD && (field == null || !FIELD_CODE.matcher(field).matches())) {
            errors.add(path + ".field", "target FIELD needs the field code (letters, digits, _ . -, at most 50)");
        } else if (t != null && t != Target.FIELD && field != null) {
            errors.add(path + ".field", "only target FIELD takes a field code");
        }
        if (t != null && o != null && t.allows(o)) {
            checkValue(errors, path + ".value", t, o, value);
        }
        if (errors.size() > before) {
            return null;
        }
        return new Condition(required, t, field, o, value == null || value.isNull() ? null : value);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, Errors errors, String path, String what) {
        if (raw == null || raw.isBlank()) {
            errors.add(path, "a " + what + " is required");
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(path, "unknown " + what + " '" + raw + "'");
            return null;
        }
    }

    private static void checkValue(Errors errors, String path, Target target, Operator operator, JsonNode value) {
        boolean absent = value == null || value.isNull();
        if (operator.unary()) {
            if (!absent) {
                errors.add(path, operator + " takes no value");
            }
            return;
        }
        if (absent) {
            errors.add(path, operator + " needs a value");
            return;
        }
        if (operator.takesList()) {
            if (!value.isArray() || value.isEmpty() || value.size() > MAX_LIST) {
                errors.add(path, operator + " needs a list of 1 to " + MAX_LIST + " values");
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                checkScalar(errors, path + "[" + i + "]", target, operator, value.get(i));
            }
            return;
        }
        checkScalar(errors, path, target, operator, value);
    }

    private static void checkScalar(Errors errors, String path, Target target, Operator operator, JsonNode value) {
        switch (target.kind()) {
            case FLAG -> {
                if (!value.isBoolean()) {
                    errors.add(path, "must be true or false");
                }
            }
            case CHOICE, ORDERED_CHOICE -> {
                if (!value.isTextual() || !target.choices().contains(value.asText().toUpperCase(Locale.ROOT))) {
                    errors.add(path, "must be one of " + target.choices());
                }
            }
            case ID, TREE_ID -> {
                if (!value.isTextual() || !isUuid(value.asText())) {
                    errors.add(path, "must be an id (UUID)");
                }
            }
            case TIME -> {
                if (!value.isTextual() || !TIME.matcher(value.asText()).matches()) {
                    errors.add(path, "must be a time of day HH:mm, e.g. 18:00");
                }
            }
            case FIELD -> {
                if (!(value.isTextual() || value.isNumber() || value.isBoolean())) {
                    errors.add(path, "must be a text, a number or true/false");
                } else {
                    checkText(errors, path, operator, value);
                }
            }
            case TEXT, NAME, SET -> {
                if (!value.isTextual()) {
                    errors.add(path, "must be a text");
                } else {
                    checkText(errors, path, operator, value);
                }
            }
        }
    }

    private static void checkText(Errors errors, String path, Operator operator, JsonNode value) {
        String text = value.asText();
        if (operator == Operator.MATCHES) {
            if (!value.isTextual()) {
                errors.add(path, "a regular expression must be a text");
            } else {
                LinearRegex.problem(text).ifPresent(problem -> errors.add(path, problem));
            }
        } else if (text.length() > MAX_TEXT) {
            errors.add(path, "at most " + MAX_TEXT + " characters");
        }
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Result evaluate(TicketFacts ticket, ServiceCalendar calendar) {
        Object actual = actual(ticket, calendar);
        return new Result(required, target, field, operator, value, actual, holds(actual));
    }

    /** The ticket's value for this row: a String, a List of Strings, a BigDecimal, a Boolean or null. */
    private Object actual(TicketFacts ticket, ServiceCalendar calendar) {
        return switch (target) {
            case STATUS -> ticket.status();
            case CHANNEL -> ticket.channel();
            case INQUIRY_TYPE -> operator == Operator.IN_SUBTREE || operator == Operator.NOT_IN_SUBTREE
                    ? ticket.inquiryTypePath().stream().map(UUID::toString).toList()
                    : text(ticket.inquiryTypeId());
            case PROCESSING_TYPE -> text(ticket.processingTypeId());
            case PRIORITY -> ticket.priority();
            case LANGUAGE -> ticket.language();
            case TITLE -> ticket.title();
            case CONTENT -> ticket.content();
            case CUSTOMER_EMAIL -> ticket.customer().email();
            case CUSTOMER_EMAIL_DOMAIN -> ticket.customerEmailDomain();
            case FIELD -> fieldValue(ticket.fields().get(field));
            case GROUP -> text(ticket.groupId());
            case ASSIGNEE -> ticket.assignee();
            case TAGS -> ticket.tags();
            case CREATED_WEEKDAY -> ticket.createdAt() == null ? null
                    : calendar.local(ticket.createdAt()).getDayOfWeek().name();
            case CREATED_TIME -> ticket.createdAt() == null ? null
                    : calendar.local(ticket.createdAt()).toLocalTime().withNano(0).toString();
            case INSIDE_BUSINESS_HOURS -> ticket.createdAt() == null ? null : calendar.open(ticket.createdAt());
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Object fieldValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    private boolean holds(Object actual) {
        return switch (operator) {
            case IS_EMPTY -> empty(actual);
            case IS_SET -> !empty(actual);
            case EQUALS, IN_SUBTREE -> any(actual, a -> same(a, value));
            case NOT_EQUALS, NOT_IN_SUBTREE -> !any(actual, a -> same(a, value));
            case CONTAINS -> any(actual, a -> actual instanceof List ? same(a, value) : lower(a).contains(lower(value)));
            case NOT_CONTAINS -> !any(actual, a -> actual instanceof List ? same(a, value) : lower(a).contains(lower(value)));
            case STARTS_WITH -> any(actual, a -> lower(a).startsWith(lower(value)));
            case ENDS_WITH -> any(actual, a -> lower(a).endsWith(lower(value)));
            case ONE_OF -> any(actual, a -> oneOf(a));
            case NONE_OF -> !any(actual, a -> oneOf(a));
            case MATCHES -> any(actual, a -> LinearRegex.find(value.asText(), String.valueOf(a)));
            case GREATER_THAN -> actual != null && compare(actual) > 0;
            case LESS_THAN -> actual != null && compare(actual) < 0;
        };
    }

    private boolean oneOf(Object actual) {
        for (JsonNode item : value) {
            if (same(actual, item)) {
                return true;
            }
        }
        return false;
    }

    /** Lists (tags, multi-value fields, the inquiry type path) hold when any element does. */
    private static boolean any(Object actual, Predicate<Object> test) {
        if (actual == null) {
            return false;
        }
        if (actual instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).anyMatch(test);
        }
        return test.test(actual);
    }

    private static boolean empty(Object actual) {
        return actual == null || (actual instanceof String s && s.isBlank())
                || (actual instanceof List<?> l && l.isEmpty());
    }

    private static boolean same(Object actual, JsonNode expected) {
        if (actual instanceof BigDecimal number && expected.isNumber()) {
            return number.compareTo(expected.decimalValue()) == 0;
        }
        return lower(actual).equals(lower(expected));
    }

    private static String lower(Object value) {
        String text = value instanceof JsonNode node ? node.asText() : String.valueOf(value);
        return text.toLowerCase(Locale.ROOT);
    }

    private int compare(Object actual) {
        return switch (target) {
            case PRIORITY -> Integer.compare(target.choices().indexOf(String.valueOf(actual)),
                    target.choices().indexOf(value.asText().toUpperCase(Locale.ROOT)));
            case CREATED_TIME -> LocalTime.parse(String.valueOf(actual)).compareTo(LocalTime.parse(value.asText()));
            default -> compareField(actual);
        };
    }

    /** Numbers numerically; anything else (ISO dates, texts) as text. */
    private int compareField(Object actual) {
        if (actual instanceof List) {
            return 0;
        }
        try {
            BigDecimal left = actual instanceof BigDecimal n ? n : new BigDecimal(String.valueOf(actual));
            BigDecimal right = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText());
            return left.compareTo(right);
        } catch (NumberFormatException | DateTimeParseException e) {
            return String.valueOf(actual).compareTo(value.asText());
        }
    }
}
