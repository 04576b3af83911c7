package io.switchboard.ticket.people.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changeable settings of a service. Validates all fields at once and names each invalid one;
 * {@code autoCompleteDays} null means the default of 14; the masking switches null mean off.
 */
public record ServiceSettings(String name, Workspace.Type type, String timeZone, List<String> helpCenterLanguages,
                              Workspace.EditorType editorType, Integer autoCompleteDays, Boolean maskingEnabled,
                              Boolean operatorsMayUnmask) {

    public static final int DEFAULT_AUTO_COMPLETE_DAYS = 14;
    public static final Set<String> LANGUAGES = Set.of("ko", "ja", "en", "zh", "zh-TW", "th", "vi", "id", "es",
            "fr", "de");

    public ServiceSettings {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        } else if (name.strip().length() > 100) {
            errors.add(new Problem.FieldError("name", "size must be between 1 and 100"));
        }
        if (type == null) {
            errors.add(new Problem.FieldError("type", "must be INQUIRY or ISSUE"));
        }
        if (timeZone == null || !isZone(timeZone)) {
            errors.add(new Problem.FieldError("timeZone", "must be a time zone such as Asia/Seoul"));
        }
        if (helpCenterLanguages == null || helpCenterLanguages.isEmpty()) {
            errors.add(new Problem.FieldError("helpCenterLanguages", "must name at least one language"));
        } else if (!LANGUAGES.containsAll(helpCenterLanguages.stream().filter(l -> l != null).toList())
                || helpCenterLanguages.contains(null)) {
            errors.add(new Problem.FieldError("helpCenterLanguages", "must be among " + LANGUAGES.stream().sorted().toList()));
        }
        if (editorType == null) {
            errors.add(new Problem.FieldError("editorType", "must be HTML or TEXT"));
        }
        if (autoCompleteDays == null) {
            autoCompleteDays = DEFAULT_AUTO_COMPLETE_DAYS;
        } else if (autoCompleteDays < 1 || autoCompleteDays > 90) {
            errors.add(new Problem.FieldError("autoCompleteDays", "must be between 1 and 90"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        name = name.strip();
        maskingEnabled = Boolean.TRUE.equals(maskingEnabled);
        operatorsMayUnmask = Boolean.TRUE.equals(operatorsMayUnmask);
        helpCenterLanguages = List.copyOf(new LinkedHashSet<>(helpCenterLanguages));
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
