package io.switchboard.notification.inbound.domain;

import static io.switchboard.notification.inbound.domain.Mails.parse;
import static io.switchboard.notification.inbound.domain.Mails.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoReplyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted: auto-replied                 | Auto-Submitted: auto-replied
            Auto-Submitted: auto-generated; owner-email=x | Auto-Submitted: auto-generated
            X-Autoreply: yes                             | X-Autoreply header (auto-responder)
            X-Autorespond: vacation                      | X-Autorespond header (auto-responder)
            X-Autoresponder: 1                           | X-Autoresponder header (auto-responder)
            Precedence: bulk                             | Precedence: bulk
            Precedence: junk                             | Precedence: junk
            Precedence: list                             | Precedence: list
            Precedence: auto_reply                       | Precedence: auto_reply
            Return-Path: <>                              | empty Return-Path <> (bounce or automatic mail)
            """)
    void eachAutomaticHeaderIsDetectedWithItsReason(String header, String reason) {
        assertEquals(Optional.of(reason), parse(plain(header, "I am away.")).autoReply());
    }

    @Test
    void anOrdinaryCustomerMailIsNotAnAutoReply() {
        ParsedMail mail = parse(plain("""
                Auto-Submitted: no
                Precedence: normal
                Return-Path: <customer@example.com>
                """, "Hello"));
        assertEquals(Optional.empty(), mail.autoReply());
        assertFalse(mail.isAutoReply());
    }

    @Test
    void outlooksSuppressHeaderAloneIsNoAutoReplyButOnAnExchangeAutoReplyItIs() {
        assertFalse(parse(plain("X-Auto-Response-Suppress: All", "A normal question")).isAutoReply());
        ParsedMail oof = parse(Mails.mail("""
                From: kim@example.com
                Subject: Automatic reply: [CS-12] Your inquiry
                X-Auto-Response-Suppress: All
                Content-Type: text/plain

                I am out of the office.
                """));
        assertEquals(Optional.of("Exchange auto-reply (X-Auto-Response-Suppress: All and an auto-reply subject)"),
                oof.autoReply());
        ParsedMail korean = parse(Mails.mail("""
                From: kim@example.com
                Subject: =?UTF-8?B?7J6Q64+ZIO2ajOyLoDogW0NTLTEyXQ==?=
                X-Auto-Response-Suppress: OOF, AutoReply
                Content-Type: text/plain

                away
                """));
        assertEquals("자동 회신: [CS-12]", korean.subject());
        assertTrue(korean.isAutoReply());
    }

    @Test
    void reportsBouncesLoopsAndOurOwnMailAreDetected() {
        ParsedMail report = parse(Mails.mail("""
                From: customer@example.com
                Content-Type: multipart/report; report-type=delivery-status; boundary=r

                --r
                Content-Type: text/plain

                Delivery failed.
                --r--
                """));
        assertEquals(Optional.of("Content-Type: multipart/report (delivery or read report)"), report.autoReply());
        assertEquals(Optional.of("sent by mailer-daemon@mx.example.com (bounce)"),
                parse(Mails.mail("From: MAILER-DAEMON@mx.example.com\n\nfailed\n")).autoReply());
        assertEquals(Optional.of("sent by postmaster@example.com (bounce)"),
                parse(Mails.mail("From: Postmaster <postmaster@example.com>\n\nfailed\n")).autoReply());
        assertEquals(Optional.of("sent from our own address cs@switchboard.local (mail loop)"),
                parse(Mails.mail("From: Support <CS@switchboard.local>\n\nloop\n")).autoReply());
        assertEquals(Optional.of("Message-ID <9f1c@switchboard.local> is one of ours (our own mail came back)"),
                parse(Mails.mail("From: kim@example.com\nMessage-ID: <9f1c@switchboard.local>\n\nback\n")).autoReply());
    }
}
