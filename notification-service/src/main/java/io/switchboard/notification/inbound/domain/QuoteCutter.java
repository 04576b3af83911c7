package io.switchboard.notification.inbound.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Cuts the quoted earlier mail off a reply, so a ticket shows what the customer wrote now. Customers reply
 * above the quote; everything from the first quote header on is cut (English, Japanese and Korean mailers,
 * Outlook's header block, a trailing {@code >} block). Replies written inside the quote stay, because then
 * cutting would leave nothing and the original is kept.
 */
public final class QuoteCutter {

    private static final String DATE = "(\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}"
            + "|\\d{4}年\\s?\\d{1,2}月\\s?\\d{1,2}日"
            + "|\\d{4}년\\s?\\d{1,2}월\\s?\\d{1,2}일)";
    private static final String FROM_LABEL = "(From|差出人|送信者|보낸 사람|발신자)";
    private static final String SENT_LABEL = "(Sent|Date|送信日時|日時|보낸 날짜|날짜)";
    /** How a quote header may start; such a line may be wrapped onto the next one. */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(On\\s|" + DATE + ").*");
    private static final List<Pattern> ATTRIBUTIONS = List.of(
            // On Tue, 1 Dec 2026 at 10:00, Name <a@b> wrote: (always with a date, unlike "On Monday he wrote:")
            Pattern.compile("^On\\s.*\\d.*\\s(wrote|writes)\\s?:$", Pattern.CASE_INSENSITIVE),
            // 2026年12月1日(火) 10:00 山田 <a@b>:  /  2026년 12월 1일 (화) 오전 10:00, 김민지 <a@b>님이 작성:
            Pattern.compile("^" + DATE + ".*(<[^<>\\s]+@[^<>\\s]+>|wrote|書きました|のメール|작성|작성했습니다)"
                    + "\\s?[:：]$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^.+(さん|様)(は|が)書きました\\s?[:：]$"),
            Pattern.compile("^.+님이\\s?(작성|작성했습니다|쓴 글)\\s?[:：]$"));
    private static final Pattern SEPARATOR = Pattern.compile("^-{2,}\\s*"
            + "(Original Message|원본 메시지|원본 메일|元のメッセージ|オリジナル メッセージ)\\s*-{2,}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_RULE = Pattern.compile("^_{20,}$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^\\*?" + FROM_LABEL + "\\*?\\s?[:：].*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^\\*?" + SENT_LABEL + "\\*?\\s?[:：].*",
            Pattern.CASE_INSENSITIVE);
    /** Outlook's header block as one paragraph of HTML. */
    private static final Pattern OUTLOOK_BLOCK = Pattern.compile(
            "^\\s*" + FROM_LABEL + "\\s?[:：].*\\s" + SENT_LABEL + "\\s?[:：].*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Lines of Outlook's header block that may sit between From and Sent. */
    private static final int OUTLOOK_BLOCK_LINES = 4;

    private QuoteCutter() {
    }

    /** The text above the quote; line breaks become {@code \n}. */
    public static String cutText(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = Arrays.asList(normalised.split("\n", -1));
        int end = trailingQuoteStart(lines, firstQuoteHeader(lines));
        String kept = String.join("\n", lines.subList(0, end)).stripTrailing();
        return kept.isBlank() ? normalised : kept;
    }

    /** The body's HTML without the quote; not sanitised. */
    public static String cutHtml(String html) {
        Document cut = cut(Jsoup.parse(html));
        cut.outputSettings().prettyPrint(false);
        return cut.body().html();
    }

    /** A copy of the document without the quote, or the document itself when nothing would remain. */
    static Document cut(Document original) {
        Document doc = original.clone();
        Element outlook = doc.selectFirst("div#appendonsend, div#divRplyFwdMsg");
        if (outlook == null) {
            outlook = outlookDesktopHeader(doc);
        }
        if (outlook != null) {
            removeFromHereOn(outlook, doc.body());
        }
        doc.select("div.gmail_quote, blockquote.gmail_quote, div.yahoo_quoted").remove();
        for (Element cite : doc.select("blockquote[type=cite]")) {
            Element before = cite.previousElementSibling();
            while (before != null && before.normalName().equals("br")) {
                before = before.previousElementSibling();
            }
            if (before != null && (before.hasClass("moz-cite-prefix") || isAttribution(before.text()))) {
                before.remove();
            }
            cite.remove();
        }
        doc.select("div.moz-cite-prefix").remove();
        boolean empty = doc.body().text().isBlank() && doc.body().select("img").isEmpty();
        return empty ? original : doc;
    }

    static boolean isAttribution(String line) {
        String stripped = line.strip();
        return ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    private static int firstQuoteHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isAttribution(line) || SEPARATOR.matcher(line).matches()) {
                return i;
            }
            if (i + 1 < lines.size() && ATTRIBUTION_START.matcher(line).matches()
                    && isAttribution(line + " " + lines.get(i + 1).strip())) {
                return i;
            }
            if (OUTLOOK_RULE.matcher(line).matches() && startsOutlookBlock(lines, nextNonBlank(lines, i + 1))) {
                return i;
            }
            if (startsOutlookBlock(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean startsOutlookBlock(List<String> lines, int from) {
        if (from >= lines.size() || !OUTLOOK_FROM.matcher(lines.get(from).strip()).matches()) {
            return false;
        }
        for (int i = from + 1; i < Math.min(lines.size(), from + 1 + OUTLOOK_BLOCK_LINES); i++) {
            if (OUTLOOK_SENT.matcher(lines.get(i).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where a block of {@code >} lines at the end (before {@code end}) starts, or {@code end}. */
    private static int trailingQuoteStart(List<String> lines, int end) {
        int last = end;
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (last == 0 || !isQuoted(lines.get(last - 1))) {
            return end;
        }
        int start = last;
        while (start > 0 && (isQuoted(lines.get(start - 1)) || lines.get(start - 1).isBlank())) {
            start--;
        }
        return start;
    }

    private static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /**
     * Desktop Outlook marks its header block only by style: a paragraph "From: … Sent: …", inside a div with a
     * top border. The div (or the paragraph) starts the quote.
     */
    private static Element outlookDesktopHeader(Document doc) {
        for (Element paragraph : doc.body().select("p, div")) {
            boolean leaf = paragraph.children().select("p, div").isEmpty();
            if (leaf && OUTLOOK_BLOCK.matcher(paragraph.wholeText()).matches()) {
                Element parent = paragraph.parent();
                boolean bordered = parent != null && parent.normalName().equals("div")
                        && parent.attr("style").replace(" ", "").contains("border-top:solid");
                return bordered ? parent : paragraph;
            }
        }
        return null;
    }

    private static void removeFromHereOn(Element start, Element body) {
        Node node = start;
        while (node != null && node != body) {
            while (node.nextSibling() != null) {
                node.nextSibling().remove();
            }
            node = node.parent();
        }
        start.remove();
    }
}
