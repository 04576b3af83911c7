package io.switchboard.notification.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteCutterTest {

    @Test
    void gmailTextReplyLosesTheAttributionWrappedOverTwoLinesAndTheQuote() {
        String reply = """
                The refund has not arrived yet.
                Could you check again?

                On Tue, 1 Dec 2026 at 10:00, Switchboard Support <cs@switchboard.local>
                wrote:
                > We have refunded your order.
                >
                > Support
                """;
        assertEquals("The refund has not arrived yet.\nCould you check again?", QuoteCutter.cutText(reply));
    }

    @Test
    void outlookTextReplyIsCutAtTheRuleOrTheFromSentBlock() {
        String withRule = """
                Still broken.

                ________________________________
                From: Switchboard <cs@switchboard.local>
                Sent: Tuesday, December 1, 2026 10:00 AM
                To: Kim <kim@example.com>
                Subject: [CS-12] Your inquiry
                """;
        assertEquals("Still broken.", QuoteCutter.cutText(withRule));
        String withoutRule = """
                Still broken.

                From: Switchboard <cs@switchboard.local>
                Sent: Tuesday, December 1, 2026 10:00 AM
                Subject: [CS-12] Your inquiry
                """;
        assertEquals("Still broken.", QuoteCutter.cutText(withoutRule));
        assertEquals("Still broken.", QuoteCutter.cutText("Still broken.\n\n-----Original Message-----\nFrom: x\n"));
    }

    @Test
    void japaneseRepliesAreCutAtEachMailersQuoteHeader() {
        String written = "返金がまだです。\nご確認ください。";
        for (String header : new String[] {
                "2026年12月1日(火) 10:00 Switchboard <cs@switchboard.local>:",
                "Switchboard サポート さんは書きました:",
                "-----Original Message-----",
                "-------- 元のメッセージ --------",
                "差出人: Switchboard <cs@switchboard.local>\n送信日時: 2026年12月1日 10:00\n宛先: 山田"}) {
            assertEquals(written, QuoteCutter.cutText(written + "\n\n" + header + "\n> 返金しました。\n"), header);
        }
    }

    @Test
    void koreanRepliesAreCutAtEachMailersQuoteHeader() {
        String written = "환불이 아직 안 됐어요.\n확인 부탁드립니다.";
        for (String header : new String[] {
                "2026년 12월 1일 (화) 오전 10:00, 김민지 <minji@example.kr>님이 작성:",
                "2026년 12월 1일 (화) 오전 10:00, Switchboard 고객센터\n<cs@switchboard.local>님이 작성:",
                "-----원본 메시지-----",
                "--------- 원본 메일 ---------",
                "보낸 사람: Switchboard <cs@switchboard.local>\n보낸 날짜: 2026년 12월 1일 화요일 오전 10:00"}) {
            assertEquals(written, QuoteCutter.cutText(written + "\n\n" + header + "\n> 환불했습니다.\n"), header);
        }
    }

    @Test
    void aTrailingBlockOfQuotedLinesIsCutButInlineAnswersStay() {
        assertEquals("Thanks, that worked.", QuoteCutter.cutText("Thanks, that worked.\n\n> Try again.\n> Support\n\n"));
        String inline = "> Which order?\nOrder 42.\n> Which day?\nMonday.";
        assertEquals(inline, QuoteCutter.cutText(inline));
    }

    @Test
    void textWrittenOnlyBeforeTheQuoteStaysIntactAndMailWithoutQuoteIsUntouched() {
        String text = "Line one.\n\n  Indented line two.\nOn the 3rd I wrote to you: nothing happened.\n"
                + "On Monday my brother\nwrote:\nCS-12 > 10?";
        assertEquals(text, QuoteCutter.cutText(text));
    }

    @Test
    void aReplyWrittenOnlyInsideTheQuoteKeepsTheOriginal() {
        String text = "On Tue, 1 Dec 2026 at 10:00, Support <cs@switchboard.local> wrote:\n> Question?\nMy answer.";
        assertEquals(text, QuoteCutter.cutText(text));
        String html = "<div class=\"gmail_quote\">Support wrote:<blockquote class=\"gmail_quote\">Q?</blockquote>"
                + "My answer inside</div>";
        assertEquals(html, QuoteCutter.cutHtml(html));
    }

    @Test
    void gmailHtmlQuoteIsRemoved() {
        String html = "<div dir=\"ltr\">Still waiting.</div><br><div class=\"gmail_quote gmail_quote_container\">"
                + "<div dir=\"ltr\" class=\"gmail_attr\">On Tue, 1 Dec 2026 at 10:00, Support &lt;cs@switchboard.local&gt; "
                + "wrote:<br></div><blockquote class=\"gmail_quote\">We refunded.</blockquote></div>";
        assertEquals("<div dir=\"ltr\">Still waiting.</div><br>", QuoteCutter.cutHtml(html));
    }

    @Test
    void outlookHtmlIsCutFromItsReplyHeaderToTheEnd() {
        String web = "<div>Still waiting.</div><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\">"
                + "<b>From:</b> Support<br><b>Sent:</b> Tuesday</div><div>We refunded.</div>";
        assertEquals("<div>Still waiting.</div>", QuoteCutter.cutHtml(web));
        String desktop = "<div class=\"WordSection1\"><p class=\"MsoNormal\">Still waiting.</p>"
                + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p class=\"MsoNormal\"><b>From:</b> Support"
                + "<br><b>Sent:</b> Tuesday, December 1, 2026</p></div><p class=\"MsoNormal\">We refunded.</p></div>";
        assertEquals("<div class=\"WordSection1\"><p class=\"MsoNormal\">Still waiting.</p></div>",
                QuoteCutter.cutHtml(desktop));
    }

    @Test
    void appleThunderbirdAndYahooHtmlQuotesAreRemovedWithTheirHeaderLine() {
        String thunderbird = "<p>Still waiting.</p><div class=\"moz-cite-prefix\">On 12/1/26 10:00, Support wrote:<br></div>"
                + "<blockquote type=\"cite\">We refunded.</blockquote>";
        assertEquals("<p>Still waiting.</p>", QuoteCutter.cutHtml(thunderbird));
        String apple = "<div>Still waiting.</div><div><div>2026/12/01 10:00、Support &lt;cs@switchboard.local&gt;のメール:</div>"
                + "<br><blockquote type=\"cite\"><div>返金しました。</div></blockquote></div>";
        assertEquals("<div>Still waiting.</div><div><br></div>", QuoteCutter.cutHtml(apple));
        String yahoo = "<div>Still waiting.</div><div class=\"yahoo_quoted\">On Tuesday, Support wrote: We refunded.</div>";
        assertEquals("<div>Still waiting.</div>", QuoteCutter.cutHtml(yahoo));
    }

    @Test
    void theParserCutsTheQuoteOffBothParts() {
        ParsedMail mail = Mails.parse(Mails.mail("""
                From: minji@example.kr
                Subject: Re: [CS-12] refund
                Content-Type: multipart/alternative; boundary=a

                --a
                Content-Type: text/plain; charset=UTF-8

                Not yet.

                On Tue, 1 Dec 2026 at 10:00, Support <cs@switchboard.local> wrote:
                > We refunded.
                --a
                Content-Type: text/html; charset=UTF-8

                <div>Not yet.</div><div class="gmail_quote"><blockquote class="gmail_quote">We refunded.</blockquote></div>
                --a--
                """));
        assertEquals("Not yet.", mail.text());
        assertEquals("<div>Not yet.</div>", mail.html());
        assertFalse(mail.html().contains("refunded"));
        assertTrue(mail.subjectTicketNumber().isPresent());
    }
}
