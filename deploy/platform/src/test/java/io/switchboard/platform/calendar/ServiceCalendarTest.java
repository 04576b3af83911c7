package io.switchboard.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.calendar.ServiceCalendar.BusinessHours;
import io.switchboard.platform.calendar.ServiceCalendar.Day;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceCalendarTest {

    /** Weekdays 09:00–18:00 in Seoul; 2026-12-25 (a Friday) is a holiday. */
    static final ServiceCalendar SEOUL = ServiceCalendar.of("Asia/Seoul", weekdays("09:00", "18:00",
            LocalDate.parse("2026-12-25")));

    static BusinessHours weekdays(String opens, String closes, LocalDate... holidays) {
        return new BusinessHours(Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new Day(d, opens, closes)).toList(), List.of(holidays));
    }

    @Test
    void businessTimeSkipsTheWeekend() {
        // Friday 2026-12-04 17:00 KST + 4h → Monday 12:00 KST
        assertEquals(Optional.of(Instant.parse("2026-12-07T03:00:00Z")),
                SEOUL.plusBusinessTime(Instant.parse("2026-12-04T08:00:00Z"), Duration.ofHours(4)));
        assertEquals(Duration.ofHours(4), SEOUL.businessTimeBetween(Instant.parse("2026-12-04T08:00:00Z"),
                Instant.parse("2026-12-07T03:00:00Z")));
    }

    @Test
    void businessTimeSkipsHolidaysInTheServicesZone() {
        // Thursday 2026-12-24 17:00 KST + 2h: Friday is a holiday, so Monday 10:00 KST
        assertEquals(Optional.of(Instant.parse("2026-12-28T01:00:00Z")),
                SEOUL.plusBusinessTime(Instant.parse("2026-12-24T08:00:00Z"), Duration.ofHours(2)));
        ServiceCalendar tokyo = ServiceCalendar.of("Asia/Tokyo", weekdays("10:00", "19:00",
                LocalDate.parse("2026-12-31")));
        // Wednesday 2026-12-30 18:30 JST + 1h: Thursday is a holiday → Friday 10:30 JST
        assertEquals(Optional.of(Instant.parse("2027-01-01T01:30:00Z")),
                tokyo.plusBusinessTime(Instant.parse("2026-12-30T09:30:00Z"), Duration.ofHours(1)));
        assertFalse(tokyo.open(Instant.parse("2026-12-31T03:00:00Z")));
        assertTrue(tokyo.open(Instant.parse("2027-01-01T03:00:00Z")));
    }

    @Test
    void startingWhileClosedCountsFromTheNextOpening() {
        // Saturday: nothing counts until Monday 09:00 KST
        Instant saturday = Instant.parse("2026-12-05T03:00:00Z");
        assertEquals(Duration.ZERO, SEOUL.businessTimeBetween(saturday, Instant.parse("2026-12-07T00:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-12-07T00:30:00Z")),
                SEOUL.plusBusinessTime(saturday, Duration.ofMinutes(30)));
    }

    @Test
    void aDayOpenUntilMidnightAndACalendarNeverOpen() {
        ServiceCalendar allDay = ServiceCalendar.of("UTC", new BusinessHours(
                List.of(new Day(DayOfWeek.MONDAY, "00:00", "24:00")), List.of()));
        assertEquals(Duration.ofHours(24), allDay.businessTimeBetween(Instant.parse("2026-11-30T00:00:00Z"),
                Instant.parse("2026-12-07T00:00:00Z")));
        assertEquals(Optional.empty(), ServiceCalendar.UNKNOWN.plusBusinessTime(Instant.EPOCH, Duration.ofMinutes(1)));
    }
}
