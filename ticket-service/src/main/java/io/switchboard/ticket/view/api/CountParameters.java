package io.switchboard.ticket.view.api;

import io.switchboard.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** The one parameter of the counts, read as strictly as the list's. */
final class CountParameters {

    private CountParameters() {
    }

    static boolean starred(Map<String, List<String>> parameters) {
        for (String name : parameters.keySet()) {
            if (!name.equals("starred")) {
                throw new ProblemException.Invalid(name.length() > 60 ? name.substring(0, 60) + "…" : name,
                        "is not a parameter of the counts");
            }
        }
        List<String> given = parameters.getOrDefault("starred", List.of());
        if (given.isEmpty() || given.equals(List.of("false"))) {
            return false;
        }
        if (given.equals(List.of("true"))) {
            return true;
        }
        throw new ProblemException.Invalid("starred", "must be true or false, once");
    }
}
