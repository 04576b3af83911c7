package io.switchboard.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** This service's copy of a ticket-service service and its members, from ServiceChanged. */
@Entity
@Table(name = "service_copy")
public class ServiceCopy {

    /** A member's role in the service. */
    public enum Role {
        ADMIN, OPERATOR
    }

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Help-center languages, the first the default, one per line. */
    @Column(nullable = false)
    private String languages = "";

    /** The service's forbidden words, one per line. */
    @Column(name = "forbidden_words", nullable = false)
    private String forbiddenWords = "";

    @ElementCollection
    @CollectionTable(name = "service_member", joinColumns = @JoinColumn(name = "service_code"))
    @MapKeyColumn(name = "username")
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<String, Role> members = new HashMap<>();

    protected ServiceCopy() {
    }

    public ServiceCopy(String code, String name, Map<String, Role> members, Instant changedAt) {
        this.code = code;
        this.name = name;
        this.changedAt = changedAt;
        this.members.putAll(members);
    }

    /** Takes the complete state of a ServiceChanged event; an older one than the copy's changes nothing. */
    public boolean replace(String newName, Map<String, Role> newMembers, Instant at) {
        if (at.isBefore(changedAt)) {
            return false;
        }
        name = newName;
        changedAt = at;
        members.clear();
        members.putAll(newMembers);
        return true;
    }

    /** The languages and forbidden words of the same event as {@link #replace}. */
    public void settings(List<String> newLanguages, List<String> newForbiddenWords) {
        languages = lines(newLanguages);
        forbiddenWords = lines(newForbiddenWords);
    }

    private static String lines(List<String> values) {
        return values == null ? "" : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    private static List<String> split(String lines) {
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    public List<String> languages() {
        return split(languages);
    }

    /** The first help-center language, or null when ticket-service named none. */
    public String defaultLanguage() {
        return languages().isEmpty() ? null : languages().get(0);
    }

    public List<String> forbiddenWords() {
        return split(forbiddenWords);
    }

    public Optional<Role> roleOf(String username) {
        return Optional.ofNullable(members.get(username));
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
