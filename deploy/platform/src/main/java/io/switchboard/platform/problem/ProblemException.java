package io.switchboard.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Each subclass is one row of the status table in
 * {@link ProblemMapper}; domain code throws these and never builds HTTP responses itself.
 */
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail);
    }

    /** Extra members of the problem body, e.g. the current status of a refused action. */
    public Map<String, Object> extensions() {
        return Map.of();
    }

    /**
     * A more specific problem type than the status table's, e.g. {@code idempotency-key-reuse};
     * null keeps the table's type.
     */
    public String typeSlug() {
        return null;
    }

    /** Per-field errors; empty unless the request itself was invalid. */
    public List<Problem.FieldError> fieldErrors() {
        return List.of();
    }

    /** The requested thing does not exist, or the caller may not know that it exists. */
    public static class NotFound extends ProblemException {
        public NotFound(String detail) {
            super(detail);
        }
    }

    /** The request conflicts with the current state (illegal transition, stale version, duplicate). */
    public static class Conflict extends ProblemException {
        public Conflict(String detail) {
            super(detail);
        }
    }

    /** The caller is authenticated but lacks the right for this action. */
    public static class Forbidden extends ProblemException {
        public Forbidden(String detail) {
            super(detail);
        }
    }

    /** The request is well-formed JSON but its values are invalid. */
    public static class Invalid extends ProblemException {
        private final List<Problem.FieldError> errors;

        public Invalid(String detail, List<Problem.FieldError> errors) {
            super(detail);
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String message) {
            this("The request has invalid fields.", List.of(new Problem.FieldError(field, message)));
        }

        @Override
        public List<Problem.FieldError> fieldErrors() {
            return errors;
        }
    }

    /** The request is well-formed and valid field by field, but cannot be processed as it stands. */
    public static class Unprocessable extends ProblemException {
        public Unprocessable(String detail) {
            super(detail);
        }
    }

    /** The request body is larger than this endpoint accepts. */
    public static class PayloadTooLarge extends ProblemException {
        public PayloadTooLarge(String detail) {
            super(detail);
        }
    }

    /** The request body (or an uploaded file) is of a type this endpoint does not accept. */
    public static class UnsupportedMediaType extends ProblemException {
        public UnsupportedMediaType(String detail) {
            super(detail);
        }
    }
}
