package io.switchboard.routing.domain;

import static io.switchboard.routing.domain.Tickets.REFUND_MAIL;
import static io.switchboard.routing.domain.Tickets.json;
import static io.switchboard.routing.domain.Tickets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionTest {

    static final ServiceCalendar SEOUL_OFFICE = new ServiceCalendar(ZoneId.of("Asia/Seoul"),
            List.of(new ServiceCalendar.Opening(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))),
            List.of(LocalDate.parse("2026-12-25")));

    /** target, field, operator, value, expected result against {@link Tickets#REFUND_MAIL}. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("STATUS", null, "EQUALS", "\"UNASSIGNED\"", true),
                Arguments.of("STATUS", null, "NOT_EQUALS", "\"UNASSIGNED\"", false),
                Arguments.of("STATUS", null, "ONE_OF", "[\"IN_PROGRESS\", \"UNASSIGNED\"]", true),
                Arguments.of("STATUS", null, "NONE_OF", "[\"IN_PROGRESS\", \"ON_HOLD\"]", true),
                Arguments.of("CHANNEL", null, "EQUALS", "\"email\"", true),
                Arguments.of("CHANNEL", null, "ONE_OF", "[\"PHONE\", \"CHAT\"]", false),
                Arguments.of("INQUIRY_TYPE", null, "EQUALS", "\"" + Tickets.REFUND + "\"", true),
                Arguments.of("INQUIRY_TYPE", null, "EQUALS", "\"" + Tickets.BILLING + "\"", false),
                Arguments.of("INQUIRY_TYPE", null, "IN_SUBTREE", "\"" + Tickets.BILLING + "\"", true),
                Arguments.of("INQUIRY_TYPE", null, "NOT_IN_SUBTREE", "\"" + Tickets.BILLING + "\"", false),
                Arguments.of("INQUIRY_TYPE", null, "IS_SET", null, true),
                Arguments.of("PROCESSING_TYPE", null, "IS_EMPTY", null, true),
                Arguments.of("PROCESSING_TYPE", null, "NOT_EQUALS", "\"" + Tickets.BILLING + "\"", true),
                Arguments.of("PRIORITY", null, "GREATER_THAN", "\"NORMAL\"", true),
                Arguments.of("PRIORITY", null, "LESS_THAN", "\"HIGH\"", false),
                Arguments.of("PRIORITY", null, "EQUALS", "\"high\"", true),
                Arguments.of("LANGUAGE", null, "EQUALS", "\"ko\"", true),
                Arguments.of("TITLE", null, "CONTAINS", "\"REFUND\"", true),
                Arguments.of("TITLE", null, "NOT_CONTAINS", "\"invoice\"", true),
                Arguments.of("TITLE", null, "STARTS_WITH", "\"refund\"", true),
                Arguments.of("TITLE", null, "ENDS_WITH", "\"please\"", true),
                Arguments.of("TITLE", null, "MATCHES", "\"^Refund\\\\s+p\"", true),
                Arguments.of("TITLE", null, "MATCHES", "\"^refund\"", false),
                Arguments.of("TITLE", null, "MATCHES", "\"(?i)^refund\"", true),
                Arguments.of("CONTENT", null, "CONTAINS", "\"charged twice\"", true),
                Arguments.of("CONTENT", null, "IS_EMPTY", null, false),
                Arguments.of("CUSTOMER_EMAIL", null, "ENDS_WITH", "\"@example.com\"", true),
                Arguments.of("CUSTOMER_EMAIL", null, "EQUALS", "\"KIM@example.com\"", true),
                Arguments.of("CUSTOMER_EMAIL_DOMAIN", null, "EQUALS", "\"example.com\"", true),
                Arguments.of("CUSTOMER_EMAIL_DOMAIN", null, "NONE_OF", "[\"gmail.com\", \"naver.com\"]", true),
                Arguments.of("FIELD", "orderNo", "GREATER_THAN", "1000", true),
                Arguments.of("FIELD", "orderNo", "LESS_THAN", "1000", false),
                Arguments.of("FIELD", "orderNo", "EQUALS", "1234", true),
                Arguments.of("FIELD", "plan", "ONE_OF", "[\"gold\", \"platinum\"]", true),
                Arguments.of("FIELD", "devices", "CONTAINS", "\"web\"", true),
                Arguments.of("FIELD", "devices", "NOT_CONTAINS", "\"android\"", true),
                Arguments.of("FIELD", "missing", "IS_EMPTY", null, true),
                Arguments.of("FIELD", "missing", "IS_SET", null, false),
                Arguments.of("GROUP", null, "IS_EMPTY", null, true),
                Arguments.of("ASSIGNEE", null, "IS_SET", null, false),
                Arguments.of("ASSIGNEE", null, "NOT_EQUALS", "\"bob\"", true),
                Arguments.of("TAGS", null, "CONTAINS", "\"VIP\"", true),
                Arguments.of("TAGS", null, "NOT_CONTAINS", "\"spam\"", true),
                Arguments.of("TAGS", null, "ONE_OF", "[\"spam\", \"billing\"]", true),
                Arguments.of("TAGS", null, "NONE_OF", "[\"spam\", \"billing\"]", false),
                Arguments.of("TAGS", null, "IS_EMPTY", null, false),
                Arguments.of("CREATED_WEEKDAY", null, "EQUALS", "\"FRIDAY\"", true),
                Arguments.of("CREATED_WEEKDAY", null, "ONE_OF", "[\"SATURDAY\", \"SUNDAY\"]", false),
                Arguments.of("CREATED_TIME", null, "GREATER_THAN", "\"09:00\"", true),
                Arguments.of("CREATED_TIME", null, "LESS_THAN", "\"10:00\"", false),
                Arguments.of("INSIDE_BUSINESS_HOURS", null, "EQUALS", "true", true),
                Arguments.of("INSIDE_BUSINESS_HOURS", null, "NOT_EQUALS", "true", false));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @MethodSource("matrix")
    void everyTargetWithItsOperators(String target, String field, String operator, String value, boolean holds) {
        Condition condition = row(true, target, field, operator, value);
        assertEquals(holds, condition.evaluate(REFUND_MAIL, SEOUL_OFFICE).holds());
    }

    @Test
    void theMatrixCoversEveryTargetAndOperator() {
        var targets = matrix().map(a -> a.get()[0]).distinct().toList();
        assertEquals(Target.values().length, targets.size(), "targets covered: " + targets);
        var operators = matrix().map(a -> a.get()[2]).distinct().toList();
        assertEquals(Operator.values().length, operators.size(), "operators covered: " + operators);
    }

    @Test
    void businessHoursUseTheServiceTimeZoneAndHolidays() {
        // 01:30 UTC is 10:30 in Seoul (open) but 01:30 in UTC (closed)
        assertTrue(SEOUL_OFFICE.open(REFUND_MAIL.createdAt()));
        var utcOffice = new ServiceCalendar(ZoneId.of("UTC"), SEOUL_OFFICE.days(), List.of());
        assertFalse(utcOffice.open(REFUND_MAIL.createdAt()));
        assertFalse(SEOUL_OFFICE.open(java.time.Instant.parse("2026-12-25T01:30:00Z")), "Christmas is a holiday");
        assertFalse(SEOUL_OFFICE.open(java.time.Instant.parse("2026-11-27T09:00:00Z")), "18:00 is closing time");
        Condition weekday = row(true, "CREATED_WEEKDAY", "EQUALS", "\"THURSDAY\"");
        assertTrue(weekday.evaluate(REFUND_MAIL, new ServiceCalendar(ZoneId.of("America/Los_Angeles"), List.of(),
                List.of())).holds(), "still Thursday in Los Angeles");
    }

    @Test
    void theDecisionRecordKeepsTheActualValue() {
        Condition.Result result = row(false, "CUSTOMER_EMAIL_DOMAIN", "EQUALS", "\"example.com\"")
                .evaluate(REFUND_MAIL, SEOUL_OFFICE);
        assertEquals("example.com", result.actual());
        assertEquals(List.of(Tickets.BILLING.toString(), Tickets.REFUND.toString()),
                row(true, "INQUIRY_TYPE", "IN_SUBTREE", "\"" + Tickets.BILLING + "\"")
                        .evaluate(REFUND_MAIL, SEOUL_OFFICE).actual());
    }

    @Test
    void aPathologicalRegexRunsInLinearTime() {
        // catastrophic backtracking for java.util.regex: (a+)+$ against "aaaa…ab", at the largest content
        TicketFacts ticket = withContent("a".repeat(99_999) + "b");
        Condition evil = row(true, "CONTENT", "MATCHES", "\"(a+)+$\"");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 20; i++) {
                assertFalse(evil.evaluate(ticket, SEOUL_OFFICE).holds());
            }
        });
    }

    @Test
    void matchesJudgesTheWholeValueNotItsFirstPart() {
        Condition onlyAs = row(true, "CONTENT", "MATCHES", "\"^(a+)+$\"");
        assertFalse(onlyAs.evaluate(withContent("a".repeat(25_000) + "!"), SEOUL_OFFICE).holds(),
                "the '!' after 25,000 a's is part of the value");
        assertTrue(onlyAs.evaluate(withContent("a".repeat(25_000)), SEOUL_OFFICE).holds());
        Condition late = row(true, "CONTENT", "MATCHES", "\"refund\"");
        assertTrue(late.evaluate(withContent("x".repeat(60_000) + " refund"), SEOUL_OFFICE).holds(),
                "a word far into the content is found");
    }

    private static TicketFacts withContent(String content) {
        return new TicketFacts(REFUND_MAIL.ticketId(), "CS-8", "CS", "t", content, "EMAIL", "UNASSIGNED",
                "NORMAL", "ko", null, null, null, null, null, null, null, null);
    }

    @Test
    void invalidRowsAreRefusedEachWithItsOwnError() {
        Errors errors = new Errors();
        Condition.parse(errors, "conditions[0]", true, "SHOE_SIZE", null, "EQUALS", json("\"42\""));
        Condition.parse(errors, "conditions[1]", true, "CHANNEL", null, "CONTAINS", json("\"MAIL\""));
        Condition.parse(errors, "conditions[2]", true, "TITLE", null, "MATCHES", json("\"(unclosed\""));
        Condition.parse(errors, "conditions[3]", true, "PRIORITY", null, "EQUALS", json("3"));
        Condition.parse(errors, "conditions[4]", true, "TAGS", null, "ONE_OF", json("\"vip\""));
        Condition.parse(errors, "conditions[5]", true, "TITLE", null, "IS_EMPTY", json("\"x\""));
        Condition.parse(errors, "conditions[6]", true, "FIELD", null, "EQUALS", json("\"x\""));
        Condition.parse(errors, "conditions[7]", null, "TITLE", null, "MATCHES", json("\"" + "a".repeat(501) + "\""));
        Condition.parse(errors, "conditions[8]", true, "CREATED_TIME", null, "GREATER_THAN", json("\"25:00\""));
        Condition.parse(errors, "conditions[9]", true, "GROUP", null, "EQUALS", json("\"not-a-uuid\""));
        var invalid = assertThrows(ProblemException.Invalid.class, () -> errors.throwIfAny("invalid"));
        List<String> fields = invalid.fieldErrors().stream().map(Problem.FieldError::field).toList();
        assertEquals(List.of("conditions[0].target", "conditions[1].operator", "conditions[2].value",
                "conditions[3].value", "conditions[4].value", "conditions[5].value", "conditions[6].field",
                "conditions[7].required", "conditions[7].value", "conditions[8].value", "conditions[9].value"), fields);
        assertTrue(invalid.fieldErrors().get(1).message().contains("not valid for target CHANNEL"));
        assertTrue(invalid.fieldErrors().get(2).message().contains("regular expression"));
    }
}
