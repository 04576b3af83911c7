package io.switchboard.dooray.domain;

/** A refused Dooray call: the failure says which HTTP status and result code the client sees. */
public class DoorayException extends RuntimeException {

    private final Failure failure;

    public DoorayException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
