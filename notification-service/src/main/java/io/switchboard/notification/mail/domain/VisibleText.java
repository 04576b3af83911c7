package io.switchboard.notification.mail.domain;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in an HTML mail: markup gone, entities decoded, blocks and line breaks kept as new
 * lines. It is the plain-text part of every mail and the text forbidden words are looked for in, so
 * {@code <b>ba</b>ka} reads {@code baka}.
 */
public final class VisibleText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer");
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "title");

    private VisibleText() {
    }

    public static String of(String html) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideHidden(text)) {
                    String visible = collapse(text);
                    boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
                    out.append(lineStart ? visible.stripLeading() : visible);
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())
                        && !element.normalName().equals("br")) {
                    newLine(out);
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return out.toString().strip().replaceAll("\n{3,}", "\n\n");
    }

    private static String collapse(TextNode text) {
        boolean preformatted = ancestors(text).anyMatch(p -> p.normalName().equals("pre"));
        return preformatted ? text.getWholeText() : text.getWholeText().replaceAll("[ \\t\\r\\n]+", " ");
    }

    private static boolean insideHidden(TextNode text) {
        return ancestors(text).anyMatch(p -> HIDDEN.contains(p.normalName()));
    }

    private static java.util.stream.Stream<Element> ancestors(Node node) {
        return node.parent() instanceof Element parent
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of(parent), parent.parents().stream())
                : java.util.stream.Stream.empty();
    }

    private static void newLine(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (end > 0 && out.charAt(end - 1) != '\n') {
            out.append('\n');
        } else if (end > 0) {
            out.append('\n'); // a paragraph after a paragraph: one blank line between them
        }
    }
}
