package io.switchboard.notification.inbound.domain;

import static io.switchboard.notification.inbound.domain.Mails.bWord;
import static io.switchboard.notification.inbound.domain.Mails.base64;
import static io.switchboard.notification.inbound.domain.Mails.base64Body;
import static io.switchboard.notification.inbound.domain.Mails.bytes;
import static io.switchboard.notification.inbound.domain.Mails.concat;
import static io.switchboard.notification.inbound.domain.Mails.crlf;
import static io.switchboard.notification.inbound.domain.Mails.mail;
import static io.switchboard.notification.inbound.domain.Mails.parse;
import static io.switchboard.notification.inbound.domain.Mails.percent;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JapaneseAndKoreanMailTest {

    private static final String JA_SUBJECT = "二重請求されました";
    private static final String JA_NAME = "山田 太郎";
    private static final String JA_BODY = "先月の請求が二重になっています。\n確認をお願いします。";
    private static final String KO_SUBJECT = "결제가 두 번 되었습니다";
    private static final String KO_NAME = "김민지";
    private static final String KO_BODY = "어제 결제가 두 번 되었습니다.\n환불 부탁드립니다.";

    @Test
    void iso2022jpSubjectNameBodyAndFileNameDecode() {
        ParsedMail mail = parse(japanese("ISO-2022-JP", "ISO-2022-JP", "7bit", bytes(JA_BODY, "ISO-2022-JP")));
        assertJapanese(mail);
    }

    @Test
    void iso2022jpWithWindowsExtensionsDecodesCircledDigitsAndCompanyMark() {
        String body = "①請求書 ㈱スイッチ ～";
        ParsedMail mail = parse(mail("""
                From: %s <yamada@example.jp>
                Subject: %s
                Content-Type: text/plain; charset=ISO-2022-JP
                """.formatted(bWord("ISO-2022-JP", bytes("㈱山田", "x-windows-iso2022jp")),
                bWord("iso-2022-jp", bytes("①の件", "x-windows-iso2022jp"))), bytes(body, "x-windows-iso2022jp")));
        assertEquals(body, mail.text());
        assertEquals("①の件", mail.subject());
        assertEquals("㈱山田", mail.from().displayName());
    }

    @Test
    void shiftJisLabelsDecodeAsWindows31j() {
        for (String label : new String[] {"Shift_JIS", "SJIS", "x-sjis"}) {
            ParsedMail mail = parse(japanese(label, "windows-31j", "base64",
                    crlf(base64Body(bytes(JA_BODY, "windows-31j")))));
            assertJapanese(mail);
        }
    }

    @Test
    void eucJpDecodesFromEightBitBody() {
        assertJapanese(parse(japanese("EUC-JP", "EUC-JP", "8bit", bytes(JA_BODY, "EUC-JP"))));
    }

    @Test
    void eucKrAndKsc5601DecodeAsWindows949IncludingItsExtraHangul() {
        String body = KO_BODY + " 똠방각하";
        for (String label : new String[] {"EUC-KR", "ks_c_5601-1987"}) {
            ParsedMail mail = parse(korean(label, "x-windows-949", "8bit", bytes(body, "x-windows-949")));
            assertEquals(KO_SUBJECT, mail.subject());
            assertEquals(KO_NAME, mail.from().displayName());
            assertEquals(body, mail.text());
            assertEquals("영수증.pdf", mail.attachments().get(0).fileName());
        }
    }

    @Test
    void utf8QuotedPrintableBodyAndQEncodedSubjectDecode() {
        ParsedMail mail = parse(mail("""
                From: =?UTF-8?Q?=EA=B9=80=EB=AF=BC=EC=A7=80?= <minji@example.kr>
                Subject: =?UTF-8?Q?=EA=B2=B0=EC=A0=9C_=EB=AC=B8=EC=9D=98?=
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                =EA=B2=B0=EC=A0=9C=EA=B0=80 =EB=91=90 =EB=B2=88 =EB=90=98=EC=97=88=EC=8A=B5=
                =EB=8B=88=EB=8B=A4
                """));
        assertEquals("결제 문의", mail.subject());
        assertEquals("김민지", mail.from().displayName());
        assertEquals("결제가 두 번 되었습니다", mail.text());
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() {
        byte[] raw = concat(crlf("From: "), bytes("김민지", "UTF-8"), crlf(" <minji@example.kr>\nSubject: "),
                bytes(KO_SUBJECT, "UTF-8"), crlf("\nContent-Type: text/plain; charset=UTF-8\n\n"),
                bytes(KO_BODY, "UTF-8"));
        ParsedMail mail = parse(raw);
        assertEquals(KO_SUBJECT, mail.subject());
        assertEquals("김민지", mail.from().displayName());
    }

    @Test
    void rawEucKrSubjectIsReadInTheCharsetOfTheBody() {
        byte[] raw = concat(crlf("From: minji@example.kr\nSubject: "), bytes(KO_SUBJECT, "x-windows-949"),
                crlf("\nContent-Type: text/plain; charset=euc-kr\n\n"), bytes(KO_BODY, "x-windows-949"));
        assertEquals(KO_SUBJECT, parse(raw).subject());
    }

    @Test
    void rawIso2022jpInTheSubjectIsDecoded() {
        byte[] raw = concat(crlf("From: yamada@example.jp\nSubject: Re: "), bytes(JA_SUBJECT, "ISO-2022-JP"),
                crlf("\nContent-Type: text/plain; charset=ISO-2022-JP\n\n"), bytes(JA_BODY, "ISO-2022-JP"));
        assertEquals("Re: " + JA_SUBJECT, parse(raw).subject());
    }

    @Test
    void wordsSplitInTheMiddleOfACharacterAreJoinedBeforeDecoding() {
        byte[] utf8 = bytes(KO_SUBJECT, "UTF-8");
        String split = bWord("UTF-8", Arrays.copyOfRange(utf8, 0, 4)) + "\n "
                + bWord("utf-8", Arrays.copyOfRange(utf8, 4, 11)) + " " + bWord("UTF-8",
                Arrays.copyOfRange(utf8, 11, utf8.length));
        byte[] sjis = bytes(JA_NAME, "windows-31j");
        String splitName = bWord("Shift_JIS", Arrays.copyOfRange(sjis, 0, 3)) + bWord("Shift_JIS",
                Arrays.copyOfRange(sjis, 3, sjis.length));
        ParsedMail mail = parse(mail("""
                From: %s <yamada@example.jp>
                Subject: %s
                Content-Type: text/plain

                hello
                """.formatted(splitName, split)));
        assertEquals(KO_SUBJECT, mail.subject());
        assertEquals(JA_NAME, mail.from().displayName());
    }

    @Test
    void wordsInDifferentCharsetsAndPlainTextAroundThemDecode() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Subject: Re: [CS-12] %s %s (urgent)
                Content-Type: text/plain

                hello
                """.formatted(bWord("EUC-KR", bytes("결제", "EUC-KR")), bWord("ISO-2022-JP",
                bytes("請求", "ISO-2022-JP")))));
        assertEquals("Re: [CS-12] 결제請求 (urgent)", mail.subject());
    }

    @Test
    void aTextPartWithoutCharsetIsReadAsUtf8() {
        ParsedMail mail = parse(concat(crlf("From: customer@example.com\nContent-Type: text/plain\n\n"),
                bytes(KO_BODY, "UTF-8")));
        assertEquals(KO_BODY, mail.text());
    }

    @Test
    void rfc2231FileNamesAreDecodedInTheirCharsetAndAcrossContinuations() {
        byte[] sjisName = bytes("請求書.pdf", "windows-31j");
        byte[] utf8Name = bytes("결제 내역서.xlsx", "UTF-8");
        String half = percent(utf8Name);
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                see files
                --b
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*=shift_jis'ja'%s
                Content-Transfer-Encoding: base64

                JVBERg==
                --b
                Content-Type: application/octet-stream
                Content-Disposition: attachment;
                 filename*0*=UTF-8''%s;
                 filename*1*=%s
                Content-Transfer-Encoding: base64

                AAE=
                --b--
                """.formatted(percent(sjisName), half.substring(0, 12), half.substring(12))));
        assertEquals("請求書.pdf", mail.attachments().get(0).fileName());
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), mail.attachments().get(0).content());
        assertEquals("결제 내역서.xlsx", mail.attachments().get(1).fileName());
        assertArrayEquals(new byte[] {0, 1}, mail.attachments().get(1).content());
    }

    private static byte[] japanese(String label, String javaCharset, String encoding, byte[] body) {
        return mail("""
                From: %s <yamada@example.jp>
                To: cs@switchboard.local
                Subject: %s
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="sep"

                --sep
                Content-Type: text/plain; charset=%s
                Content-Transfer-Encoding: %s
                """.formatted(bWord(label, bytes(JA_NAME, javaCharset)), bWord(label, bytes(JA_SUBJECT, javaCharset)),
                label, encoding), concat(body, crlf("""

                --sep
                Content-Type: application/pdf; name="%s"
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                %s
                --sep--
                """.formatted(bWord(label, bytes("請求書.pdf", javaCharset)), bWord(label, bytes("請求書.pdf", javaCharset)),
                base64(new byte[] {1, 2, 3})))));
    }

    private static byte[] korean(String label, String javaCharset, String encoding, byte[] body) {
        return mail("""
                From: "%s" <minji@example.kr>
                Subject: %s
                Content-Type: multipart/mixed; boundary="sep"

                --sep
                Content-Type: text/plain; charset="%s"
                Content-Transfer-Encoding: %s
                """.formatted(bWord(label, bytes(KO_NAME, javaCharset)), bWord(label, bytes(KO_SUBJECT, javaCharset)),
                label, encoding), concat(body, crlf("""

                --sep
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="%s"
                Content-Transfer-Encoding: base64

                AQID
                --sep--
                """.formatted(bWord(label, bytes("영수증.pdf", javaCharset))))));
    }

    private static void assertJapanese(ParsedMail mail) {
        assertEquals(JA_SUBJECT, mail.subject());
        assertEquals(JA_NAME, mail.from().displayName());
        assertEquals("yamada@example.jp", mail.from().address());
        assertEquals(JA_BODY, mail.text());
        assertEquals("請求書.pdf", mail.attachments().get(0).fileName());
        assertArrayEquals(new byte[] {1, 2, 3}, mail.attachments().get(0).content());
    }
}
