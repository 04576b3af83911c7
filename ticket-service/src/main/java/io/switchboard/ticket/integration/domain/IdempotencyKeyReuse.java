package io.switchboard.ticket.integration.domain;

import io.switchboard.platform.problem.ProblemException;

/** The same Idempotency-Key was sent with a different request; answered with 422. */
public class IdempotencyKeyReuse extends ProblemException.Unprocessable {

    public IdempotencyKeyReuse() {
        super("This Idempotency-Key was already used with a different request; use a new key for a new request.");
    }

    @Override
    public String typeSlug() {
        return "idempotency-key-reuse";
    }
}
