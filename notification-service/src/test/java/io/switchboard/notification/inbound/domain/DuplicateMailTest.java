package io.switchboard.notification.inbound.domain;

import static io.switchboard.notification.inbound.domain.Mails.mail;
import static io.switchboard.notification.inbound.domain.Mails.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DuplicateMailTest {

    private static final String WITHOUT_MESSAGE_ID = """
            From: Customer <customer@example.com>
            Subject: My order
            Date: %s
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; charset=UTF-8

            %s
            --b
            Content-Type: application/pdf; name=receipt.pdf
            Content-Transfer-Encoding: base64

            %s
            --b--
            """;

    @Test
    void twoIdenticalMailsWithoutMessageIdHaveTheSameContentHash() {
        ParsedMail first = parse(mail(WITHOUT_MESSAGE_ID.formatted("Tue, 1 Dec 2026 10:00:00 +0900", "Where is it?",
                "JVBERg==")));
        ParsedMail again = parse(mail(WITHOUT_MESSAGE_ID.formatted("Tue, 1 Dec 2026 10:05:00 +0900", "Where is it?  ",
                "JVBE\nRg==")));
        assertNull(first.messageId());
        assertEquals(64, first.contentHash().length());
        assertEquals(first.contentHash(), again.contentHash());
    }

    @Test
    void aDifferentBodyOrAttachmentGivesADifferentContentHash() {
        String hash = parse(mail(WITHOUT_MESSAGE_ID.formatted("x", "Where is it?", "JVBERg=="))).contentHash();
        assertNotEquals(hash, parse(mail(WITHOUT_MESSAGE_ID.formatted("x", "Where is it now?", "JVBERg=="))).contentHash());
        assertNotEquals(hash, parse(mail(WITHOUT_MESSAGE_ID.formatted("x", "Where is it?", "JVBERi0="))).contentHash());
    }
}
