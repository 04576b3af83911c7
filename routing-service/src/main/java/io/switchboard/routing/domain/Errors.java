package io.switchboard.routing.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** Collects every invalid part of a trigger definition, so one answer names them all. */
public final class Errors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public void add(String path, String message) {
        errors.add(new Problem.FieldError(path, message));
    }

    public int size() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 400 naming every error, if there are any. */
    public void throwIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid(detail, errors);
        }
    }
}
