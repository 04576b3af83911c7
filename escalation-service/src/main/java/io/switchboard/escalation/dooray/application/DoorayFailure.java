package io.switchboard.escalation.dooray.application;

import java.time.Duration;
import java.util.Optional;

/** Why a call to Dooray failed, one subclass per thing a caller does about it. */
public abstract sealed class DoorayFailure extends RuntimeException {

    private DoorayFailure(String message) {
        super(message);
    }

    /** 401: no such token, or it was revoked. */
    public static final class TokenRejected extends DoorayFailure {
        public TokenRejected(String message) {
            super(message);
        }
    }

    /** 403: the token's organisation may not use the project. */
    public static final class ProjectForbidden extends DoorayFailure {
        public ProjectForbidden(String message) {
            super(message);
        }
    }

    /** 404: no such project, task or path. */
    public static final class NotFound extends DoorayFailure {
        public NotFound(String message) {
            super(message);
        }
    }

    /** 400 (or 409): Dooray refused the request; the message is Dooray's {@code resultMessage}. */
    public static final class Refused extends DoorayFailure {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * Dooray could not be reached or kept answering 429/5xx through every attempt; {@code retryAfter} is how long
     * it asked to wait, if it said. {@code mayHaveBeenDone} when a creating call got no answer at all: Dooray may
     * have made the task or comment.
     */
    public static final class Unavailable extends DoorayFailure {
        private final transient Duration retryAfter;
        private final boolean mayHaveBeenDone;

        public Unavailable(String message, Duration retryAfter) {
            this(message, retryAfter, false);
        }

        public Unavailable(String message, Duration retryAfter, boolean mayHaveBeenDone) {
            super(message);
            this.retryAfter = retryAfter;
            this.mayHaveBeenDone = mayHaveBeenDone;
        }

        public boolean mayHaveBeenDone() {
            return mayHaveBeenDone;
        }

        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** An answer that is not Dooray's (no envelope, an unexpected status), or an address we may not connect to. */
    public static final class BadGateway extends DoorayFailure {
        public BadGateway(String message) {
            super(message);
        }
    }
}
