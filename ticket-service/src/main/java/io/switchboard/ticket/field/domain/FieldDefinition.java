package io.switchboard.ticket.field.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer or operator field of a service (PRODUCT.md §4). Its code, scope, type and encryption
 * never change once created (stored values depend on them); a deleted field stays as a tombstone so
 * its code is never used again.
 */
@Entity
@Table(name = "field_definition")
public class FieldDefinition {

    /** Lower-case letter first, then letters, digits and underscores; at most 50. */
    public static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{0,49}$");

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FieldScope scope;

    @Column(nullable = false)
    private String type;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<FieldOption> options;

    @Column(nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean encrypted;

    @Column(name = "admin_only", nullable = false)
    private boolean adminOnly;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Customer fields only: the inquiry types (with their subtypes) whose tickets ask for this field. */
    @ElementCollection(fetch = FetchType.EAGER) // a handful of ids, read with the field
    @CollectionTable(name = "field_inquiry_type", joinColumns = @JoinColumn(name = "field_id"))
    @Column(name = "inquiry_type_id")
    private Set<UUID> inquiryTypeIds = new HashSet<>();

    protected FieldDefinition() {
    }

    /** The settings an admin may change after creation. */
    public record Settings(Map<String, String> names, List<FieldOption> options, boolean required, boolean adminOnly,
                           boolean active, int position) {
    }

    /** A new field; every problem with the request is named at once. */
    public static FieldDefinition create(String serviceCode, String code, FieldScope scope, FieldType type,
                                         boolean encrypted, Settings settings, List<String> languages, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new Problem.FieldError("code",
                    "must be 1–50 lower-case letters, digits or underscores, starting with a letter"));
        }
        if (encrypted && (type == FieldType.CAPTION || type == FieldType.FILE)) {
            errors.add(new Problem.FieldError("encrypted", type.code() + " fields hold no value to encrypt"));
        }
        FieldDefinition field = new FieldDefinition();
        field.id = UUID.randomUUID();
        field.serviceCode = serviceCode;
        field.code = code;
        field.scope = scope;
        field.type = type.code();
        field.encrypted = encrypted;
        field.createdAt = now;
        field.validate(settings, languages, errors);
        field.apply(settings);
        return field;
    }

    /** Changes names, options, flags and position. */
    public void update(Settings settings, List<String> languages) {
        List<Problem.FieldError> errors = new ArrayList<>();
        validate(settings, languages, errors);
        apply(settings);
    }

    private void validate(Settings settings, List<String> languages, List<Problem.FieldError> errors) {
        if (settings.names() == null || settings.names().isEmpty()) {
            errors.add(new Problem.FieldError("names", "must name the field in at least one language"));
        } else {
            settings.names().forEach((language, name) -> {
                if (!languages.contains(language)) {
                    errors.add(new Problem.FieldError("names." + language, "is not a language of the service "
                            + languages));
                } else if (name == null || name.isBlank() || name.length() > 100) {
                    errors.add(new Problem.FieldError("names." + language, "must be 1–100 characters"));
                }
            });
        }
        List<FieldOption> options = settings.options() == null ? List.of() : settings.options();
        if (type().hasOptions() && options.isEmpty()) {
            errors.add(new Problem.FieldError("options", type + " fields need at least one option"));
        } else if (!type().hasOptions() && !options.isEmpty()) {
            errors.add(new Problem.FieldError("options", "only dropdown and radio fields have options"));
        }
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            FieldOption option = options.get(i);
            if (option == null || option.value() == null || option.value().isBlank() || option.value().length() > 100) {
                errors.add(new Problem.FieldError("options[" + i + "].value", "must be 1–100 characters"));
            } else if (!values.add(option.value())) {
                errors.add(new Problem.FieldError("options[" + i + "].value", "repeats " + option.value()));
            }
        }
        if (settings.adminOnly() && scope == FieldScope.CUSTOMER) {
            errors.add(new Problem.FieldError("adminOnly", "only operator fields can be admin-only"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
    }

    private void apply(Settings settings) {
        this.names = Map.copyOf(settings.names());
        this.options = settings.options() == null ? List.of() : List.copyOf(settings.options());
        this.required = settings.required();
        this.adminOnly = settings.adminOnly();
        this.active = settings.active();
        this.position = settings.position();
    }

    /** Links a customer field to inquiry types (replacing the earlier links). */
    public void linkTo(Set<UUID> inquiryTypes) {
        if (scope != FieldScope.CUSTOMER) {
            throw new ProblemException.Invalid("inquiryTypeIds", "only customer fields belong to inquiry types");
        }
        inquiryTypeIds.clear();
        inquiryTypeIds.addAll(inquiryTypes);
    }

    /** Deletes the field but keeps its row, so the code is never used again. */
    public void delete(Instant now) {
        this.deletedAt = now;
        this.active = false;
        this.inquiryTypeIds.clear();
    }

    /** The stored form of a value for this field, or why it is not acceptable (null values are handled by callers). */
    public FieldType.Checked check(Object value) {
        return type().check(value, options, required);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String code() {
        return code;
    }

    public FieldScope scope() {
        return scope;
    }

    public FieldType type() {
        return FieldType.of(type).orElseThrow();
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public List<FieldOption> options() {
        return List.copyOf(options);
    }

    public boolean required() {
        return required;
    }

    public boolean encrypted() {
        return encrypted;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    public boolean active() {
        return active;
    }

    public int position() {
        return position;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Set<UUID> inquiryTypeIds() {
        return Set.copyOf(inquiryTypeIds);
    }
}
