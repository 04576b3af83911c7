package io.switchboard.notification.domain;

import java.util.List;

/** What a routed delivery sends: a mail, or a JSON body to POST. */
public sealed interface Content {

    /** A rendered mail; {@code html} tells whether the body is HTML or plain text. */
    record Mail(List<String> to, String subject, String body, boolean html) implements Content {

        public Mail {
            to = to == null ? List.of() : List.copyOf(to);
        }
    }

    /** A JSON body for a callback URL or a Dooray incoming hook. */
    record Post(String url, String body) implements Content {
    }
}
