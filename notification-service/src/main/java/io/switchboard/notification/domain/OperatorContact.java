package io.switchboard.notification.domain;

/** Where an operator is mailed: from the member lists of ticket-service's ServiceChanged. */
public record OperatorContact(String username, String displayName, String email) {

    public boolean mailable() {
        return email != null && !email.isBlank();
    }
}
