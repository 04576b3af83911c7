package io.switchboard.dooray.hooks;

/** One event sent (or not) to one hook URL, as the control API lists it. */
public record HookDelivery(long id, String hookEventType, String projectId, String postId, String url, Outcome outcome,
                           int attempts, Integer lastStatus, String lastError) {

    public enum Outcome {
        /** still being tried */
        PENDING,
        /** a 2xx answer */
        DELIVERED,
        /** every attempt failed */
        FAILED,
        /** not sent: hooks were suppressed to simulate a missed webhook */
        SUPPRESSED
    }

    HookDelivery attempted(Outcome next, Integer status, String error) {
        return new HookDelivery(id, hookEventType, projectId, postId, url, next, attempts + 1, status, error);
    }
}
