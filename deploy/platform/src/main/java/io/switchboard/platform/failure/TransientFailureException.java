package io.switchboard.platform.failure;

/**
 * Thrown when something needed is unavailable for now (e.g. another service's endpoint times out): a consumed
 * event that fails with it is kept and tried again later, never dead-lettered.
 */
public class TransientFailureException extends RuntimeException {
    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
