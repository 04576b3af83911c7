package io.switchboard.notification.mail.api;

/** Request bodies of the mail settings API. */
final class MailRequests {

    private MailRequests() {
    }

    /** Blank or absent values clear a setting. */
    record Settings(String senderName, String senderAddress, String inboundAddress) {
    }

    record Layout(String html) {
    }

    /** {@code password} absent or null on a change keeps the stored one. */
    record ImapAccount(String host, Integer port, Boolean tls, String username, String password, String folder,
                       Boolean enabled) {
        io.switchboard.notification.mail.domain.ImapAccount.Draft draft() {
            return new io.switchboard.notification.mail.domain.ImapAccount.Draft(host, port, tls, username, password,
                    folder, enabled);
        }
    }

    record TestMail(String to) {
    }

    /** {@code type} RESOLVE or HOLD; {@code bodyFormat} TEXT or HTML. */
    record Preview(java.util.UUID ticketId, String type, String body, String bodyFormat) {
    }
}
