package io.switchboard.notification.inbound.domain;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The customer's HTML made safe to show operators, and its plain text. Images may keep remote and
 * {@code cid:} sources (the attachment with that Content-ID); scripts, styles and event handlers go.
 */
final class MailHtml {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addProtocols("a", "href", "tel")
            .addProtocols("img", "src", "cid");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
            "address");

    private MailHtml() {
    }

    static String sanitise(Document doc) {
        Document clean = new Cleaner(SAFELIST).clean(doc);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Text with a line break for each {@code <br>} and around each block element. */
    static String toText(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    Element parent = textNode.parent();
                    boolean pre = parent != null && parent.normalName().equals("pre");
                    text.append(pre ? textNode.getWholeText() : textNode.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        newLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        newLine(text);
                    } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                        text.append(' ');
                    }
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
