package io.switchboard.ticket.people.domain;

import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A service (workspace) of the organisation: its code prefixes ticket numbers, e.g. {@code CS-12}. */
@Entity
@Table(name = "workspace")
public class Workspace {

    public enum Type { INQUIRY, ISSUE }

    public enum EditorType { HTML, TEXT }

    /** Upper-case letter first, then 1–15 upper-case letters, digits or underscores; never changes. */
    public static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,15}$");

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Comma-separated language tags, in the admin's order. */
    @Column(name = "help_center_languages", nullable = false)
    private String helpCenterLanguages;

    @Enumerated(EnumType.STRING)
    @Column(name = "editor_type", nullable = false)
    private EditorType editorType;

    @Column(name = "auto_complete_days", nullable = false)
    private int autoCompleteDays;

    @Column(name = "masking_enabled", nullable = false)
    private boolean maskingEnabled;

    @Column(name = "operators_may_unmask", nullable = false)
    private boolean operatorsMayUnmask;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "business_hours", nullable = false)
    private BusinessHours businessHours;

    protected Workspace() {
    }

    private Workspace(String code, ServiceSettings settings) {
        this.code = code;
        this.businessHours = BusinessHours.WEEKDAYS_NINE_TO_SIX;
        apply(settings);
    }

    /** A new service; the code must match {@link #CODE}. */
    public static Workspace create(String code, ServiceSettings settings) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new ProblemException.Invalid("code",
                    "must be 2–16 upper-case letters, digits or underscores, starting with a letter");
        }
        return new Workspace(code, settings);
    }

    /** Changes everything but the code. */
    public void apply(ServiceSettings settings) {
        this.name = settings.name();
        this.type = settings.type();
        this.timeZone = settings.timeZone();
        this.helpCenterLanguages = String.join(",", settings.helpCenterLanguages());
        this.editorType = settings.editorType();
        this.autoCompleteDays = settings.autoCompleteDays();
        this.maskingEnabled = settings.maskingEnabled();
        this.operatorsMayUnmask = settings.operatorsMayUnmask();
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

    public List<String> helpCenterLanguages() {
        return Arrays.stream(helpCenterLanguages.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public EditorType editorType() {
        return editorType;
    }

    public int autoCompleteDays() {
        return autoCompleteDays;
    }

    /** Operators may mask personal info in messages (개인정보 마스킹). */
    public boolean maskingEnabled() {
        return maskingEnabled;
    }

    /** Operators, not only admins, may unmask. */
    public boolean operatorsMayUnmask() {
        return operatorsMayUnmask;
    }

    public BusinessHours businessHours() {
        return businessHours;
    }

    public void changeBusinessHours(BusinessHours hours) {
        this.businessHours = hours;
    }
}
