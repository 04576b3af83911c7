package io.switchboard.platform.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A service's time zone and business hours (from ServiceChanged): whether it is open at an instant, and business
 * time arithmetic (how much open time lies between two instants, when an amount of open time has passed).
 */
public record ServiceCalendar(ZoneId zone, List<Opening> days, List<LocalDate> holidays) {

    /** Opening hours of one weekday; {@code closes} 24:00 is written as null (end of day). */
    public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** ServiceChanged's {@code businessHours}: one weekday's hours, {@code closes} "24:00" for the end of the day. */
    public record Day(DayOfWeek day, String opens, String closes) {
    }

    /** ServiceChanged's {@code businessHours} as the event carries them. */
    public record BusinessHours(List<Day> days, List<LocalDate> holidays) {
        public static final BusinessHours NONE = new BusinessHours(List.of(), List.of());

        public BusinessHours {
            days = days == null ? List.of() : List.copyOf(days);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    /** Used before the service's settings have arrived: UTC, never open. */
    public static final ServiceCalendar UNKNOWN = new ServiceCalendar(ZoneId.of("UTC"), List.of(), List.of());

    /** How far ahead business time is searched: a calendar without opening hours never reaches a target. */
    private static final int MAX_DAYS = 3 * 366;

    public ServiceCalendar {
        days = days.stream().sorted(Comparator.comparing(Opening::day).thenComparing(Opening::opens)).toList();
        holidays = List.copyOf(holidays);
    }

    /** The calendar of a zone id and hours as ServiceChanged carries them; an unknown zone counts as UTC. */
    public static ServiceCalendar of(String timeZone, BusinessHours hours) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneId.of("UTC");
        }
        List<Opening> days = hours.days().stream()
                .map(d -> new Opening(d.day(), LocalTime.parse(d.opens()),
                        "24:00".equals(d.closes()) ? null : LocalTime.parse(d.closes())))
                .toList();
        return new ServiceCalendar(zone, days, hours.holidays());
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }

    public boolean open(Instant instant) {
        ZonedDateTime local = local(instant);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return days.stream().anyMatch(o -> o.day() == local.getDayOfWeek() && !time.isBefore(o.opens())
                && (o.closes() == null || time.isBefore(o.closes())));
    }

    /** The open time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate date = local(from).toLocalDate();
        for (int i = 0; i <= MAX_DAYS && date.atStartOfDay(zone).toInstant().isBefore(to); i++, date = date.plusDays(1)) {
            for (Interval open : openIntervals(date)) {
                Instant start = max(open.start(), from);
                Instant end = min(open.end(), to);
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code amount} of open time has passed since {@code from}; empty when the calendar is not
     * open for that long in the next three years (e.g. it has no opening hours at all).
     */
    public Optional<Instant> plusBusinessTime(Instant from, Duration amount) {
        Duration left = amount;
        LocalDate date = local(from).toLocalDate();
        for (int i = 0; i <= MAX_DAYS; i++, date = date.plusDays(1)) {
            for (Interval open : openIntervals(date)) {
                Instant start = max(open.start(), from);
                if (!start.isBefore(open.end())) {
                    continue;
                }
                Duration available = Duration.between(start, open.end());
                if (available.compareTo(left) >= 0) {
                    return Optional.of(start.plus(left));
                }
                left = left.minus(available);
            }
        }
        return Optional.empty();
    }

    private record Interval(Instant start, Instant end) {
    }

    private List<Interval> openIntervals(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        return days.stream().filter(o -> o.day() == date.getDayOfWeek())
                .map(o -> new Interval(date.atTime(o.opens()).atZone(zone).toInstant(), o.closes() == null
                        ? date.plusDays(1).atStartOfDay(zone).toInstant()
                        : date.atTime(o.closes()).atZone(zone).toInstant()))
                .toList();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
