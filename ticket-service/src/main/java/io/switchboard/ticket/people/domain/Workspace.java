package io.switchboard.ticket.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service (workspace) of the organisation: its code prefixes ticket numbers, e.g. {@code CS-12}. */
@Entity
@Table(name = "workspace")
public class Workspace {

    public enum Type { INQUIRY, ISSUE }

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "auto_complete_days", nullable = false)
    private int autoCompleteDays;

    protected Workspace() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public String timeZone() {
        return timeZone;
    }

    /** A resolved ticket completes by itself this many days after the final reply. */
    public java.time.Duration autoCompleteAfter() {
        return java.time.Duration.ofDays(autoCompleteDays);
    }
}
