package io.switchboard.ticket.people.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * When a service is open, in its own time zone: opening hours per weekday (an absent weekday is closed)
 * and whole-day holidays. Routing conditions and SLA clocks read it; validation names each bad row.
 */
public record BusinessHours(List<OpeningHours> days, List<LocalDate> holidays) {

    // before the constant below, whose construction uses them
    static final int MAX_HOLIDAYS = 366;
    private static final Pattern OPENS = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");
    private static final Pattern CLOSES = Pattern.compile("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$");

    /** Monday to Friday, 09:00–18:00, no holidays: what a new service starts with. */
    public static final BusinessHours WEEKDAYS_NINE_TO_SIX = new BusinessHours(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY).stream()
                    .map(day -> new OpeningHours(day, "09:00", "18:00")).toList(),
            List.of());

    /** "HH:mm" strings; {@code closes} may be 24:00 (open until midnight). */
    public record OpeningHours(DayOfWeek day, String opens, String closes) {
    }

    public BusinessHours {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (days == null) {
            errors.add(new Problem.FieldError("days", "must be a list (empty: always closed)"));
            days = List.of();
        }
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            OpeningHours hours = days.get(i);
            String at = "days[" + i + "]";
            if (hours == null) {
                errors.add(new Problem.FieldError(at, "must not be null"));
                continue;
            }
            if (hours.day() == null) {
                errors.add(new Problem.FieldError(at + ".day", "must be MONDAY … SUNDAY"));
            } else if (!seen.add(hours.day())) {
                errors.add(new Problem.FieldError(at + ".day", hours.day() + " appears twice"));
            }
            boolean opensValid = hours.opens() != null && OPENS.matcher(hours.opens()).matches();
            boolean closesValid = hours.closes() != null && CLOSES.matcher(hours.closes()).matches();
            if (!opensValid) {
                errors.add(new Problem.FieldError(at + ".opens", "must be a time HH:mm from 00:00 to 23:59"));
            }
            if (!closesValid) {
                errors.add(new Problem.FieldError(at + ".closes", "must be a time HH:mm from 00:01 to 24:00"));
            }
            if (opensValid && closesValid && hours.opens().compareTo(hours.closes()) >= 0) {
                errors.add(new Problem.FieldError(at + ".closes", "must be after opens (" + hours.opens() + ")"));
            }
        }
        if (holidays == null) {
            holidays = List.of();
        } else if (holidays.size() > MAX_HOLIDAYS) {
            errors.add(new Problem.FieldError("holidays", "at most " + MAX_HOLIDAYS + " dates"));
        } else if (holidays.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new Problem.FieldError("holidays", "must not contain null"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The business hours have invalid fields.", errors);
        }
        days = days.stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
        holidays = List.copyOf(new TreeSet<>(holidays));
    }
}
