package io.switchboard.routing.domain;

import io.switchboard.platform.calendar.ServiceCalendar.BusinessHours;
import io.switchboard.platform.calendar.ServiceCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
        return ServiceCalendar.of(timeZone, businessHours);
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
