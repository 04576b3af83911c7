package io.switchboard.ticket.typetree.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.people.domain.ServiceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A type's names per language: at least one, each a language a service may offer, stripped, 1–100 characters. */
public record TypeNames(Map<String, String> byLanguage) {

    public static final int MAX_LENGTH = 100;

    /** Validates {@code names} given as request member {@code field}; throws a problem naming each bad entry. */
    public static TypeNames of(String field, Map<String, String> names) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> stripped = new TreeMap<>();
        if (names == null || names.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must name the type in at least one language"));
        } else {
            names.forEach((language, name) -> {
                if (!ServiceSettings.LANGUAGES.contains(language)) {
                    errors.add(new Problem.FieldError(field + "." + language,
                            "must be a language among " + ServiceSettings.LANGUAGES.stream().sorted().toList()));
                } else if (name == null || name.isBlank()) {
                    errors.add(new Problem.FieldError(field + "." + language, "must not be blank"));
                } else if (name.strip().length() > MAX_LENGTH) {
                    errors.add(new Problem.FieldError(field + "." + language,
                            "size must be between 1 and " + MAX_LENGTH));
                } else {
                    stripped.put(language, name.strip());
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        return new TypeNames(Map.copyOf(stripped));
    }
}
