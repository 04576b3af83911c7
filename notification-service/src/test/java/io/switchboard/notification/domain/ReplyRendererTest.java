package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.notification.mail.domain.BuiltInLayouts;
import io.switchboard.notification.mail.domain.ForbiddenWordMatch;
import io.switchboard.notification.mail.domain.LayoutTemplate;
import io.switchboard.notification.mail.domain.MailThreadEntry;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.domain.Threading;
import io.switchboard.notification.mail.domain.VisibleText;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {

    private static final ReplyRenderer.Context CONTEXT =
            new ReplyRenderer.Context("CS-12", "결제 <문의>", "김민지", "CS 고객센터");

    @Test
    void theVisibleTextKeepsLinesAndDropsMarkup() {
        assertEquals("baka", VisibleText.of("<b>ba</b>ka"));
        assertEquals("Hello\n\nSecond line\nthird & last",
                VisibleText.of("<p>Hello</p><p>Second   line<br>third &amp; last</p><script>x()</script>"));
    }

    @Test
    void placeholdersAreFilledEscapedAndTheReplyGoesWhereContentIs() {
        ReplyRenderer.Rendered mail = ReplyRenderer.render("<p>{{customer.name}}님 · {{ticket.title}}</p>{{content}}<p>{{ticket.number}}</p>",
                CONTEXT, new ReplyRenderer.Body("1행\n2행 <script>", false));
        assertEquals("[CS-12] 결제 <문의>", mail.subject());
        assertTrue(mail.html().contains("<p>김민지님 · 결제 &lt;문의&gt;</p>1행<br>2행 &lt;script&gt;<p>CS-12</p>"), mail.html());
        assertEquals("김민지님 · 결제 <문의>\n\n1행\n2행 <script>\n\nCS-12", mail.text());
        assertEquals("1행\n2행 <script>", mail.text().substring(mail.contentStart(), mail.contentEnd()));
    }

    @Test
    void forbiddenWordsAreLookedForInTheReplyOnlyWithOffsetsIntoTheText() {
        ReplyRenderer.Rendered mail = ReplyRenderer.render("<p>baka layout</p>{{content}}", CONTEXT,
                new ReplyRenderer.Body("<p>You <i>Ba</i>KA, 바보!</p><script>baka</script>", true));
        List<ForbiddenWordMatch> found = mail.forbiddenWords(List.of("baka", "바보"));
        assertEquals(List.of("baka", "바보"), found.stream().map(ForbiddenWordMatch::word).toList());
        assertEquals("BaKA", mail.text().substring(found.get(0).start(), found.get(0).end()));
        assertTrue(mail.markedHtml(List.of("baka")).contains(
                "<i><mark class=\"forbidden-word\">Ba</mark></i><mark class=\"forbidden-word\">KA</mark>"));
        assertTrue(mail.markedHtml(List.of("baka")).contains("<p>baka layout</p>"), "the layout is not the operator's");
    }

    @Test
    void wordsAreFoundAcrossWidthsCaseAndInvisibleCharactersWithOffsetsIntoTheOriginal() {
        String text = "Hey ｂａｋａ, Ba\u200Bka and 바보!";
        List<ForbiddenWordMatch> found = ForbiddenWordMatch.findIn(text, List.of("baka", "바보"));
        assertEquals(List.of("ｂａｋａ", "Ba\u200Bka", "바보"), found.stream()
                .map(m -> text.substring(m.start(), m.end())).toList());
    }

    @Test
    void aLayoutNeedsContentOnceAndLosesScripts() {
        assertEquals("<p style=\"color:red\">x</p>{{content}}",
                LayoutTemplate.accept("<p style=\"color:red\" onclick=\"y()\">x</p><script>z()</script>{{content}}"));
        for (String bad : List.of("", "<p>no placeholder</p>", "{{content}}{{ content }}", "{{content}}{{ticket.nope}}")) {
            try {
                LayoutTemplate.accept(bad);
                throw new AssertionError("accepted: " + bad);
            } catch (io.switchboard.platform.problem.ProblemException.Invalid expected) {
                assertEquals("html", expected.fieldErrors().get(0).field());
            }
        }
    }

    @Test
    void everyBuiltInLayoutIsAValidLayout() {
        for (String language : List.of("ko", "ja", "en", "fr")) {
            for (ReplyType type : ReplyType.values()) {
                LayoutTemplate.accept(BuiltInLayouts.of(type, language));
            }
        }
        assertTrue(BuiltInLayouts.of(ReplyType.RESOLVE, "fr").contains("Dear"), "English for languages without one");
    }

    @Test
    void aReplyThreadsToTheCustomersLastMailAndReferencesTheConversation() {
        UUID ticket = UUID.randomUUID();
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        List<MailThreadEntry> conversation = List.of(new MailThreadEntry(ticket, "<c1@x>", true, t),
                new MailThreadEntry(ticket, "<ours1@s>", false, t.plusSeconds(1)),
                new MailThreadEntry(ticket, "<c2@x>", true, t.plusSeconds(2)),
                new MailThreadEntry(ticket, "<ours2@s>", false, t.plusSeconds(3)));
        Threading threading = Threading.after(conversation);
        assertEquals("<c2@x>", threading.inReplyTo());
        assertEquals(List.of("<c1@x>", "<ours1@s>", "<c2@x>", "<ours2@s>"), threading.references());
        assertEquals(new Threading(null, List.of()), Threading.after(List.of()));

        List<MailThreadEntry> long_ = IntStream.range(0, 30)
                .mapToObj(i -> new MailThreadEntry(ticket, "<m" + i + "@s>", false, t.plusSeconds(i))).toList();
        Threading capped = Threading.after(long_);
        assertEquals(20, capped.references().size());
        assertEquals("<m0@s>", capped.references().get(0), "the first mail stays: clients thread by it");
        assertEquals("<m29@s>", capped.inReplyTo());
    }
}
