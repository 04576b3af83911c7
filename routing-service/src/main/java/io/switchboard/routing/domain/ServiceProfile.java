package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service's settings and members as routing knows them (from ServiceChanged): who administers it,
 * its time zone, business hours and languages.
 */
@Entity
@Table(name = "service_profile")
public class ServiceProfile {

    public enum Role { ADMIN, OPERATOR }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String username, String displayName, String email, Role role, boolean assignmentEnabled) {
    }

    /** @param closes "24:00" for the end of the day */
    public record Day(DayOfWeek day, String opens, String closes) {
    }

    public record BusinessHours(List<Day> days, List<LocalDate> holidays) {
        public BusinessHours {
            days = days == null ? List.of() : List.copyOf(days);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> languages;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_hours", nullable = false)
    private BusinessHours businessHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Member> members;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ServiceProfile() {
    }

    public ServiceProfile(String code) {
        this.code = code;
    }

    /** Replaces the whole copy, unless the event is older than what is kept. */
    public void replace(String name, String timeZone, List<String> languages, BusinessHours businessHours,
                        List<Member> members, Instant changedAt) {
        if (this.changedAt != null && changedAt.isBefore(this.changedAt)) {
            return;
        }
        this.name = name;
        this.timeZone = timeZone;
        this.languages = List.copyOf(languages);
        this.businessHours = businessHours;
        this.members = List.copyOf(members);
        this.changedAt = changedAt;
    }

    public ServiceCalendar calendar() {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            zone = ZoneId.of("UTC");
        }
        List<ServiceCalendar.Opening> days = businessHours.days().stream()
                .map(d -> new ServiceCalendar.Opening(d.day(), LocalTime.parse(d.opens()),
                        "24:00".equals(d.closes()) ? null : LocalTime.parse(d.closes())))
                .toList();
        return new ServiceCalendar(zone, days, businessHours.holidays());
    }

    public Optional<Member> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public boolean isAdmin(String username) {
        return member(username).map(m -> m.role() == Role.ADMIN).orElse(false);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> languages() {
        return languages;
    }

    public List<Member> members() {
        return members;
    }
}
