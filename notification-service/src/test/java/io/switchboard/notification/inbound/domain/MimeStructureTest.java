package io.switchboard.notification.inbound.domain;

import static io.switchboard.notification.inbound.domain.Mails.mail;
import static io.switchboard.notification.inbound.domain.Mails.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeStructureTest {

    @Test
    void alternativeGivesBothTheTextAndTheSanitisedHtml() {
        ParsedMail mail = parse(mail("""
                From: Customer <customer@example.com>
                Content-Type: multipart/alternative; boundary=alt

                --alt
                Content-Type: text/plain; charset=UTF-8

                Hello, my order is late.
                --alt
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p{color:red}</style><script>alert(1)</script></head>
                <body><p onclick="steal()">Hello, my order is <b>late</b>.</p><a href="javascript:x()">x</a>
                <a href="mailto:me@example.com">mail</a> <a href="tel:+81312345678">call</a>
                <img src="https://example.com/a.png" onerror="x()"></body></html>
                --alt--
                """));
        assertEquals("Hello, my order is late.", mail.text());
        assertTrue(mail.html().contains("<p>Hello, my order is <b>late</b>.</p>"), mail.html());
        assertTrue(mail.html().contains("href=\"mailto:me@example.com\""), mail.html());
        assertTrue(mail.html().contains("href=\"tel:+81312345678\""), mail.html());
        assertTrue(mail.html().contains("<img src=\"https://example.com/a.png\">"), mail.html());
        for (String gone : List.of("script", "style", "onclick", "onerror", "javascript", "color:red")) {
            assertFalse(mail.html().contains(gone), gone + " in " + mail.html());
        }
    }

    @Test
    void aTextOnlyMailHasNoHtml() {
        ParsedMail mail = parse(Mails.plain("", "Just text."));
        assertEquals("Just text.", mail.text());
        assertNull(mail.html());
        assertEquals("customer@example.com", mail.from().address());
        assertEquals("Customer", mail.from().displayName());
        assertEquals(List.of(new MailAddress("cs@switchboard.local", null)), mail.to());
        assertEquals("<c1@example.com>", mail.messageId());
        assertEquals(Instant.parse("2026-12-01T01:00:00Z"), mail.date());
    }

    @Test
    void anHtmlOnlyMailGetsItsTextFromTheHtmlWithLineBreaks() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: text/html; charset=UTF-8

                <div>First line<br>second line</div><p>A paragraph</p><ul><li>one</li><li>two</li></ul>
                """));
        assertEquals("First line\nsecond line\nA paragraph\none\ntwo", mail.text());
        assertTrue(mail.html().startsWith("<div>First line<br>second line</div>"), mail.html());
    }

    @Test
    void anEmptyTextPartBesideTheHtmlLetsTheHtmlGiveTheText() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: multipart/alternative; boundary=alt

                --alt
                Content-Type: text/plain; charset=UTF-8


                --alt
                Content-Type: text/html; charset=UTF-8

                <p>Only here</p>
                --alt--
                """));
        assertEquals("Only here", mail.text());
    }

    @Test
    void flowedTextIsJoinedIntoItsParagraphsAndItsQuoteStillCut() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=no

                The parcel arrived today but the box was\s
                damaged.
                 >not a quote, space-stuffed
                Thanks.

                On 12/1/26 10:00, Support wrote:
                > We shipped it\s
                > yesterday.
                """));
        assertEquals("The parcel arrived today but the box was damaged.\n>not a quote, space-stuffed\nThanks.",
                mail.text());
        assertEquals("> We shipped it yesterday.", FlowedText.unflow("> We shipped it \n> yesterday.", false));
        assertEquals("Geschwindigkeit", FlowedText.unflow("Geschwindig \nkeit", true));
    }

    @Test
    void attachmentsKeepTheirNamesTypesAndBytesAcrossNestedParts() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=outer

                --outer
                Content-Type: multipart/alternative; boundary=alt

                --alt
                Content-Type: text/plain; charset=UTF-8

                See the screenshot.
                --alt
                Content-Type: multipart/related; boundary=rel

                --rel
                Content-Type: text/html; charset=UTF-8

                <p>See the screenshot.<img src="cid:shot@x"></p>
                --rel
                Content-Type: image/png; name="screenshot.png"
                Content-Disposition: inline
                Content-ID: <shot@x>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --rel--
                --alt--
                --outer
                Content-Type: multipart/mixed; boundary=inner

                --inner
                Content-Type: text/csv; charset=UTF-8
                Content-Disposition: attachment; filename="orders.csv"

                id,total
                1,100
                --inner--
                --outer
                Content-Type: application/octet-stream
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                AAEC
                --outer--
                """));
        assertEquals("See the screenshot.", mail.text());
        assertTrue(mail.html().contains("<img src=\"cid:shot@x\">"), mail.html());
        assertEquals(3, mail.attachments().size());
        MailAttachment image = mail.attachments().get(0);
        assertEquals("screenshot.png", image.fileName());
        assertEquals("image/png", image.contentType());
        assertEquals("shot@x", image.contentId());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, image.content());
        assertEquals("orders.csv", mail.attachments().get(1).fileName());
        assertEquals("id,total\r\n1,100", new String(mail.attachments().get(1).content(), StandardCharsets.UTF_8));
        assertEquals("attachment-3", mail.attachments().get(2).fileName(), "a nameless attachment gets a name");
    }

    @Test
    void aMultipartWithSloppyParametersIsStillRead() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=b; name=not quoted value; x=
                Content-Transfer-Encoding: 7bit

                --b
                Content-Type: text/plain; charset="UTF-8"; format=

                readable
                --b--
                """));
        assertEquals("readable", mail.text());
    }

    @Test
    void anAttachedMailIsKeptAsAnEmlFile() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Subject: Fwd: the shop's answer
                Content-Type: multipart/mixed; boundary=m

                --m
                Content-Type: text/plain

                The shop's answer is attached.
                --m
                Content-Type: message/rfc822
                Content-Disposition: attachment; filename="answer"

                From: shop@example.net
                Subject: Your order

                Your order ships tomorrow.
                --m
                Content-Type: message/rfc822

                From: shop@example.net
                Subject: Second

                Second body.
                --m--
                """));
        assertEquals("The shop's answer is attached.", mail.text());
        assertEquals(2, mail.attachments().size());
        MailAttachment attached = mail.attachments().get(0);
        assertEquals("answer.eml", attached.fileName());
        assertEquals("message/rfc822", attached.contentType());
        assertTrue(new String(attached.content(), StandardCharsets.UTF_8).contains("Your order ships tomorrow."));
        assertEquals("message-2.eml", mail.attachments().get(1).fileName());
        assertTrue(parse(attached.content()).text().contains("ships tomorrow"), "the .eml is a mail of its own");
    }

    @Test
    void fileNamesLoseTheirPaths() {
        ParsedMail mail = parse(mail("""
                From: customer@example.com
                Content-Type: multipart/mixed; boundary=m

                --m
                Content-Type: text/plain

                file
                --m
                Content-Type: application/pdf; name="C:\\Users\\kim\\invoice.pdf"

                %PDF
                --m--
                """));
        assertEquals("invoice.pdf", mail.attachments().get(0).fileName());
    }

    @Test
    void referencesAreReadOldestFirstAndOurOwnAreListedNewestFirst() {
        ParsedMail mail = parse(Mails.plain("""
                In-Reply-To: <b2@switchboard.local>
                References: <first@example.com> <a1@switchboard.local>
                 <x@other.example> <b2@switchboard.local>
                """, "Thanks"));
        assertEquals("<b2@switchboard.local>", mail.inReplyTo());
        assertEquals(List.of("<first@example.com>", "<a1@switchboard.local>", "<x@other.example>",
                "<b2@switchboard.local>"), mail.references());
        assertEquals(List.of("<b2@switchboard.local>", "<a1@switchboard.local>"), mail.ownMessageReferences());
    }

    @Test
    void recipientsWithQuotedCommasAndGroupsAreRead() {
        ParsedMail mail = parse(mail("""
                From: "Kim, Minji" <Minji@Example.KR>
                To: Support <cs@switchboard.local>, undisclosed-recipients:;
                Cc: team: a@example.com, "B" <b@example.com>; c@example.com (Carol)
                Content-Type: text/plain

                hi
                """));
        assertEquals(new MailAddress("minji@example.kr", "Kim, Minji"), mail.from());
        assertEquals(List.of(new MailAddress("cs@switchboard.local", "Support")), mail.to());
        assertEquals(List.of(new MailAddress("a@example.com", null), new MailAddress("b@example.com", "B"),
                new MailAddress("c@example.com", "Carol")), mail.cc());
    }

    @Test
    void aMailWithoutSubjectDateOrMessageIdStillParses() {
        ParsedMail mail = parse(mail("From: customer@example.com\n\nhello\n"));
        assertEquals("", mail.subject());
        assertNull(mail.messageId());
        assertNull(mail.date());
        assertTrue(mail.subjectTicketNumber().isEmpty());
        assertEquals("hello", mail.text());
    }
}
