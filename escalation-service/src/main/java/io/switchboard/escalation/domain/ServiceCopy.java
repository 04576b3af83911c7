package io.switchboard.escalation.domain;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.calendar.ServiceCalendar.BusinessHours;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service as ServiceChanged last described it here: its name and type, who its members are, with their role, and
 * its time zone and business hours.
 */
@Entity
@Table(name = "service_copy")
public class ServiceCopy {

    @Id
    private String code;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    private String name;

    @Enumerated(EnumType.STRING)
    private ServiceType type;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_member", joinColumns = @JoinColumn(name = "service_code"))
    @MapKeyColumn(name = "username")
    @Column(name = "role", nullable = false)
    private Map<String, String> members = new HashMap<>();

    @Column(name = "time_zone")
    private String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_hours")
    private BusinessHours businessHours;

    @Column(name = "calendar_changed_at")
    private Instant calendarChangedAt;

    protected ServiceCopy() {
    }

    public ServiceCopy(String code) {
        this.code = code;
        this.changedAt = Instant.EPOCH;
    }

    /**
     * Takes the name, type and members (username → role) of a newer event; an older one changes nothing. Returns
     * whether it applied.
     */
    public boolean replace(String newName, ServiceType newType, Map<String, String> newMembers, Instant at) {
        if (!at.isAfter(changedAt)) {
            return false;
        }
        name = newName;
        type = newType;
        members.clear();
        members.putAll(newMembers);
        changedAt = at;
        return true;
    }

    /**
     * Takes the time zone and business hours of a newer event (SLA clocks count business time by them); returns
     * whether they differ from what was kept, so clocks are recomputed only when they changed.
     */
    public boolean replaceCalendar(String newTimeZone, BusinessHours newHours, Instant at) {
        if (calendarChangedAt != null && !at.isAfter(calendarChangedAt)) {
            return false;
        }
        calendarChangedAt = at;
        if (Objects.equals(timeZone, newTimeZone) && Objects.equals(businessHours, newHours)) {
            return false;
        }
        timeZone = newTimeZone;
        businessHours = newHours;
        return true;
    }

    /** The service's calendar; never open until a ServiceChanged with business hours arrived. */
    public ServiceCalendar calendar() {
        return timeZone == null ? ServiceCalendar.UNKNOWN
                : ServiceCalendar.of(timeZone, businessHours == null ? BusinessHours.NONE : businessHours);
    }

    public boolean isMember(String username) {
        return members.containsKey(username);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name == null ? code : name;
    }

    /** Null for a copy made before types were kept, until the service's next ServiceChanged. */
    public ServiceType type() {
        return type;
    }

    /** The member's role (ADMIN or OPERATOR); empty for someone who is not a member. */
    public Optional<String> roleOf(String username) {
        return Optional.ofNullable(members.get(username));
    }
}
