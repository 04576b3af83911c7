package io.switchboard.notification.inbound.domain;

import static io.switchboard.notification.inbound.domain.Mails.PARSER;
import static io.switchboard.notification.inbound.domain.Mails.bWord;
import static io.switchboard.notification.inbound.domain.Mails.bytes;
import static io.switchboard.notification.inbound.domain.Mails.mail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.notification.inbound.domain.UnreadableMailException.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnreadableMailTest {

    @Test
    void aMailWithoutFromAddressIsMalformed() {
        assertReason(Reason.MALFORMED, mail("To: cs@switchboard.local\nSubject: hi\n\nbody\n"));
        assertReason(Reason.MALFORMED, mail("From: Customer <no address>\n\nbody\n"));
    }

    @Test
    void garbageBytesAreMalformed() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertReason(Reason.MALFORMED, garbage);
        assertReason(Reason.MALFORMED, new byte[0]);
    }

    @Test
    void aMultipartWithoutItsBoundaryIsMalformed() {
        UnreadableMailException e = assertReason(Reason.MALFORMED, mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=missing

                no parts at all
                """));
        assertTrue(e.detail().contains("Missing start boundary"), e.detail());
    }

    @Test
    void aBase64PartThatIsNotBase64IsMalformedRatherThanSilentGarbage() {
        // Jakarta Mail would skip the "!" and the spaces and decode the rest into nonsense
        UnreadableMailException e = assertReason(Reason.MALFORMED, mail("""
                From: customer@example.com
                Content-Type: text/plain
                Content-Transfer-Encoding: base64

                This is not base64 at all!
                """));
        assertEquals("a base64 body part contains '!'", e.detail());
        assertReason(Reason.MALFORMED, mail("""
                From: customer@example.com
                Content-Type: text/plain
                Content-Transfer-Encoding: base64

                QUJDR
                """));
    }

    @Test
    void base64PaddedLineByLineStillDecodes() {
        ParsedMail mail = Mails.parse(mail("""
                From: customer@example.com
                Content-Type: text/plain
                Content-Transfer-Encoding: base64

                SGk=
                IHRoZXJl
                """));
        assertEquals("Hi there", mail.text());
    }

    @Test
    void multipartsNestedTooDeeplyAreMalformed() {
        StringBuilder raw = new StringBuilder("From: customer@example.com\n");
        for (int i = 0; i < 40; i++) {
            raw.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\n\n--b").append(i).append('\n');
        }
        raw.append("Content-Type: text/plain\n\ndeep\n");
        UnreadableMailException e = assertReason(Reason.MALFORMED, mail(raw.toString()));
        assertEquals("MIME parts nested deeper than 32", e.detail());
    }

    @Test
    void anUnknownTransferEncodingIsMalformed() {
        assertReason(Reason.MALFORMED, mail("""
                From: customer@example.com
                Content-Transfer-Encoding: x-mystery

                body
                """));
    }

    @Test
    void anUnknownCharsetInABodySubjectOrFileNameIsUndecodable() {
        UnreadableMailException body = assertReason(Reason.UNDECODABLE_CHARSET, mail("""
                From: customer@example.com
                Content-Type: text/plain; charset=x-unknown-foo

                body
                """));
        assertEquals("a text/plain part in charset x-unknown-foo", body.detail());
        assertReason(Reason.UNDECODABLE_CHARSET, mail("From: customer@example.com\nSubject: "
                + bWord("x-unknown-foo", bytes("abc", "UTF-8")) + "\n\nbody\n"));
        assertReason(Reason.UNDECODABLE_CHARSET, mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                see file
                --b
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=x-unknown-foo''%41%42

                %PDF
                --b--
                """));
    }

    @Test
    void anUnknownCharsetOnAnAttachmentDoesNotMatter() {
        ParsedMail mail = Mails.parse(mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=b

                --b
                Content-Type: text/plain

                log attached
                --b
                Content-Type: text/plain; charset=x-unknown-foo; name="log.txt"

                raw bytes
                --b--
                """));
        assertEquals("log.txt", mail.attachments().get(0).fileName());
    }

    @Test
    void anOversizedMailIsRefusedBeforeParsing() {
        InboundMailParser small = new InboundMailParser(new ParseRules(100, Set.of(), "switchboard.local"));
        byte[] oversized = new byte[101];
        Arrays.fill(oversized, (byte) 0xFF);
        UnreadableMailException e = assertThrows(UnreadableMailException.class, () -> small.parse(oversized));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("101 bytes, more than the limit of 100", e.detail());
        assertEquals(ParseRules.DEFAULT_MAX_RAW_BYTES, new ParseRules(Set.of(), "x").maxRawBytes());
    }

    @Test
    void headersOfDecodesTheHeadersOfAnOversizedMail() {
        byte[] big = Mails.concat(mail("""
                From: %s <minji@example.kr>
                Subject: =?UTF-8?B?6rKw7KCcIOusuOydmA==?=
                 (long)
                Content-Type: text/plain
                """.formatted(bWord("EUC-KR", bytes("김민지", "EUC-KR"))), new byte[0]), new byte[2_000_000]);
        List<Header> headers = InboundMailParser.headersOf(big);
        assertEquals(List.of(new Header("From", "김민지 <minji@example.kr>"), new Header("Subject", "결제 문의 (long)"),
                new Header("Content-Type", "text/plain")), headers);
    }

    @Test
    void headersOfNeverThrowsOnGarbageOrUnknownCharsets() {
        byte[] garbage = new byte[10_000];
        new Random(3).nextBytes(garbage);
        assertTrue(InboundMailParser.headersOf(garbage).size() >= 0);
        assertEquals(List.of(), InboundMailParser.headersOf(new byte[0]));
        assertEquals(List.of(new Header("Subject", "=?x-unknown-foo?B?YWJj?=")),
                InboundMailParser.headersOf(mail("Subject: =?x-unknown-foo?B?YWJj?=\n\nbody\n")));
    }

    private static UnreadableMailException assertReason(Reason reason, byte[] raw) {
        UnreadableMailException e = assertThrows(UnreadableMailException.class, () -> PARSER.parse(raw));
        assertEquals(reason, e.reason(), e.getMessage());
        return e;
    }
}
