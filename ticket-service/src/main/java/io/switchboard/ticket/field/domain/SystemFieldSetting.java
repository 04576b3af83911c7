package io.switchboard.ticket.field.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service's own labels, order and switch of one {@link SystemField}; without one the field is as built in. */
@Entity
@Table(name = "system_field_setting")
public class SystemFieldSetting {

    public static final int MAX_POSITION = 10_000;

    /** A system field as the customer form shows it. */
    public record Values(Map<String, String> names, boolean required, boolean active, int position) {
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "service_code", nullable = false)
        private String serviceCode;

        @Column(name = "field_key", nullable = false)
        private String fieldKey;

        protected Key() {
        }

        Key(String serviceCode, String fieldKey) {
            this.serviceCode = serviceCode;
            this.fieldKey = fieldKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && serviceCode.equals(key.serviceCode) && fieldKey.equals(key.fieldKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceCode, fieldKey);
        }
    }

    @EmbeddedId
    private Key id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SystemFieldSetting() {
    }

    public SystemFieldSetting(String serviceCode, SystemField field) {
        this.id = new Key(serviceCode, field.key());
    }

    public static Key key(String serviceCode, SystemField field) {
        return new Key(serviceCode, field.key());
    }

    public SystemField field() {
        return SystemField.of(id.fieldKey).orElseThrow();
    }

    public Values values() {
        return new Values(Map.copyOf(names), required, active, position);
    }

    /**
     * Sets what {@code requested} asks for, checked against the field's rules: names in the service's
     * {@code languages}, only the field's own switch changed from what is built in, a position in 0–10,000.
     */
    public void change(Values requested, List<String> languages, String by, Instant now) {
        SystemField field = field();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> stripped = new TreeMap<>();
        if (requested.names() == null || requested.names().isEmpty()) {
            errors.add(new Problem.FieldError("names", "must name the field in at least one language"));
        } else {
            requested.names().forEach((language, name) -> {
                if (!languages.contains(language)) {
                    errors.add(new Problem.FieldError("names." + language, "is not a language of the service "
                            + languages));
                } else if (name == null || name.isBlank() || name.strip().length() > field.maxNameLength()) {
                    errors.add(new Problem.FieldError("names." + language,
                            "must be 1–" + field.maxNameLength() + " characters"));
                } else {
                    stripped.put(language, name.strip());
                }
            });
        }
        Values builtIn = field.defaults();
        if (requested.required() != builtIn.required() && field.changeable() != SystemField.Changeable.REQUIRED) {
            errors.add(new Problem.FieldError("required", "cannot be changed on " + field.key()));
        }
        if (requested.active() != builtIn.active() && field.changeable() != SystemField.Changeable.ACTIVE) {
            errors.add(new Problem.FieldError("active", "cannot be changed on " + field.key()));
        }
        if (requested.position() < 0 || requested.position() > MAX_POSITION) {
            errors.add(new Problem.FieldError("position", "must be between 0 and " + MAX_POSITION));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        this.names = stripped;
        this.required = requested.required();
        this.active = requested.active();
        this.position = requested.position();
        this.updatedBy = by;
        this.updatedAt = now;
    }
}
