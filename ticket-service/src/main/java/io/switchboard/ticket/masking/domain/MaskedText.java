package io.switchboard.ticket.masking.domain;

import io.switchboard.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A message body as masking sees it: its text is the body of a TEXT message, or the text content of an HTML body
 * (its text nodes in document order, entities decoded — what the console shows), counted in Unicode code points.
 * Masking replaces each character of a range but whitespace by {@code *}, inside the text nodes, so tags and the
 * text's length stay as they were and later offsets do not move. An HTML attribute that holds the masked characters
 * (a {@code tel:} or {@code mailto:} link, a title) is taken out of the body with them.
 */
public final class MaskedText {

    public static final int MASK = '*';

    /** Fewer letters and digits than this are too common to look for in attributes. */
    static final int MIN_ATTRIBUTE_MATCH = 2;

    /** An attribute taken out of the body: its element's place among the body's elements (document order). */
    public record HiddenAttribute(int element, String name, String value) {
    }

    private final Document html;
    private final List<Segment> segments = new ArrayList<>();
    private String plain;
    private final int length;

    /** A text node (or the whole plain text) and where its code points start in the text. */
    private record Segment(TextNode node, int start, int[] codePoints) {
    }

    private MaskedText(String body, boolean isHtml) {
        if (isHtml) {
            html = Jsoup.parseBodyFragment(body);
            html.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);
            int[] at = {0};
            NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                if (node instanceof TextNode text) {
                    int[] cps = text.getWholeText().codePoints().toArray();
                    segments.add(new Segment(text, at[0], cps));
                    at[0] += cps.length;
                }
            }, html.body());
            length = at[0];
        } else {
            html = null;
            plain = body;
            int[] cps = body.codePoints().toArray();
            segments.add(new Segment(null, 0, cps));
            length = cps.length;
        }
    }

    public static MaskedText of(String body, boolean isHtml) {
        return new MaskedText(body, isHtml);
    }

    /** The number of code points of the text. */
    public int length() {
        return length;
    }

    /** The characters of the range; 400 naming start or end when it does not lie inside the text. */
    public String text(int start, int end) {
        requireInside(start, end);
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            for (int i = Math.max(start, s.start); i < Math.min(end, s.start + s.codePoints.length); i++) {
                out.appendCodePoint(s.codePoints[i - s.start]);
            }
        }
        return out.toString();
    }

    /** Replaces every character but whitespace in the range by {@code *}; answers the characters it replaced. */
    public String mask(int start, int end) {
        String original = text(start, end);
        int[] masked = original.codePoints().map(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? cp : MASK)
                .toArray();
        if (original.codePoints().allMatch(cp -> cp == MASK || Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw new ProblemException.Invalid("end", "the range from start to end holds nothing to mask");
        }
        write(start, masked);
        return original;
    }

    /**
     * Takes out every attribute whose value holds the masked characters, comparing letters and digits only and
     * ignoring case (so {@code tel:01012345678} holds {@code 010-1234-5678}); answers what it took out. A TEXT body
     * has none.
     */
    public List<HiddenAttribute> hideAttributesHolding(String original) {
        String wanted = lettersAndDigits(original);
        List<HiddenAttribute> hidden = new ArrayList<>();
        if (html == null || wanted.codePointCount(0, wanted.length()) < MIN_ATTRIBUTE_MATCH) {
            return hidden;
        }
        List<Element> elements = html.body().getAllElements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            for (Attribute attribute : element.attributes().asList()) {
                if (lettersAndDigits(attribute.getValue()).contains(wanted)) {
                    hidden.add(new HiddenAttribute(i, attribute.getKey(), attribute.getValue()));
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        return hidden;
    }

    /** Puts attributes that a mask took out back on their elements. */
    public void restoreAttributes(List<HiddenAttribute> hidden) {
        if (html == null) {
            return;
        }
        List<Element> elements = html.body().getAllElements();
        for (HiddenAttribute attribute : hidden) {
            if (attribute.element() < elements.size()) {
                elements.get(attribute.element()).attr(attribute.name(), attribute.value());
            }
        }
    }

    private static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Puts the original characters of a mask back at its range. */
    public void restore(int start, String original) {
        int[] cps = original.codePoints().toArray();
        requireInside(start, start + cps.length);
        write(start, cps);
    }

    /** The body with the changes made, in its format. */
    public String body() {
        return html == null ? plain : html.body().html();
    }

    private void write(int start, int[] cps) {
        int end = start + cps.length;
        for (Segment s : segments) {
            int from = Math.max(start, s.start);
            int to = Math.min(end, s.start + s.codePoints.length);
            if (from >= to) {
                continue;
            }
            for (int i = from; i < to; i++) {
                s.codePoints[i - s.start] = cps[i - start];
            }
            String text = new String(s.codePoints, 0, s.codePoints.length);
            if (s.node == null) {
                plain = text;
            } else {
                s.node.text(text);
            }
        }
    }

    private void requireInside(int start, int end) {
        if (start < 0 || start >= length) {
            throw new ProblemException.Invalid("start", "must be at least 0 and less than the text's " + length
                    + " characters (code points)");
        }
        if (end <= start || end > length) {
            throw new ProblemException.Invalid("end", "must be greater than start and at most the text's " + length
                    + " characters (code points)");
        }
    }
}
