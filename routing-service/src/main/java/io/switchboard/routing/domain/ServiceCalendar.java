package io.switchboard.routing.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A service's time zone and business hours (from ServiceChanged), for the time targets. */
public record ServiceCalendar(ZoneId zone, List<Opening> days, List<LocalDate> holidays) {

    /** Opening hours of one weekday; {@code closes} 24:00 is written as null (end of day). */
    public record Opening(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    /** Used before the service's settings have arrived: UTC, never open. */
    public static final ServiceCalendar UNKNOWN = new ServiceCalendar(ZoneId.of("UTC"), List.of(), List.of());

    public ServiceCalendar {
        days = List.copyOf(days);
        holidays = List.copyOf(holidays);
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
}
