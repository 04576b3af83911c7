package io.switchboard.notification.mail.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Wraps every occurrence of a forbidden word in an HTML fragment in {@code <mark class="forbidden-word">},
 * also when markup splits the word ({@code <b>ba</b>ka} becomes two marks, one per piece).
 */
public final class ForbiddenWordMarker {

    public static final String MARK_CLASS = "forbidden-word";
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private ForbiddenWordMarker() {
    }

    public static String mark(String html, Collection<String> words) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(OUTPUT);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        }, document.body());
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (TextNode text : texts) {
            starts.add(joined.length());
            joined.append(text.getWholeText());
        }
        List<ForbiddenWordMatch> matches = ForbiddenWordMatch.findIn(joined.toString(), words);
        if (matches.isEmpty()) {
            return html;
        }
        for (int i = 0; i < texts.size(); i++) {
            TextNode text = texts.get(i);
            int from = starts.get(i);
            int to = from + text.getWholeText().length();
            List<int[]> ranges = merged(matches, from, to);
            if (!ranges.isEmpty()) {
                replace(text, ranges);
            }
        }
        return document.body().html();
    }

    /** The parts of the matches inside {@code [from, to)}, relative to {@code from}, overlaps merged. */
    private static List<int[]> merged(List<ForbiddenWordMatch> matches, int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        for (ForbiddenWordMatch match : matches) {
            int start = Math.max(match.start(), from) - from;
            int end = Math.min(match.end(), to) - from;
            if (start >= end) {
                continue;
            }
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                ranges.add(new int[] {start, end});
            }
        }
        return ranges;
    }

    private static void replace(TextNode text, List<int[]> ranges) {
        String whole = text.getWholeText();
        List<Node> pieces = new ArrayList<>();
        int at = 0;
        for (int[] range : ranges) {
            if (range[0] > at) {
                pieces.add(new TextNode(whole.substring(at, range[0])));
            }
            pieces.add(new Element("mark").addClass(MARK_CLASS).appendChild(new TextNode(whole.substring(range[0], range[1]))));
            at = range[1];
        }
        if (at < whole.length()) {
            pieces.add(new TextNode(whole.substring(at)));
        }
        for (Node piece : pieces) {
            text.before(piece);
        }
        text.remove();
    }
}
