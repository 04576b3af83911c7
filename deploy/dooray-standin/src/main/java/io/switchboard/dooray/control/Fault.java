package io.switchboard.dooray.control;

import io.switchboard.dooray.domain.DoorayException;
import io.switchboard.dooray.domain.Failure;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An injected failure for the next {@code count} Dooray API calls that match: any call, or those of one method
 * and/or a path pattern where {@code *} stands for one path segment ({@code /project/v1/projects/*\/posts}).
 */
public record Fault(Failure failure, int count, Optional<String> method, Optional<String> path,
                    Optional<Integer> retryAfterSeconds) {

    public Fault {
        if (count < 1) {
            throw new DoorayException(Failure.BAD_REQUEST, "count must be at least 1");
        }
    }

    boolean matches(String requestMethod, String requestPath) {
        return method.map(m -> m.equalsIgnoreCase(requestMethod)).orElse(true)
                && path.map(p -> pathPattern(p).matcher(requestPath).matches()).orElse(true);
    }

    Fault usedOnce() {
        return new Fault(failure, count - 1, method, path, retryAfterSeconds);
    }

    private static Pattern pathPattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (String literal : path.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }
}
