package io.switchboard.notification.inbound.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes RFC 3676 {@code format=flowed} (Thunderbird, Apple Mail): a line ending in a space continues on the
 * next line of the same quote depth, so paragraphs are not broken at the sender's line width.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        List<String> lines = new ArrayList<>();
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : text.split("\n", -1)) {
            int depth = quoteDepth(line);
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            if (paragraph != null && depth != paragraphDepth) {
                lines.add(paragraph.toString());
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth)).append(depth > 0 ? " " : "");
                paragraphDepth = depth;
            }
            boolean flowed = content.endsWith(" ") && !content.equals("-- ");
            paragraph.append(flowed && delSp ? content.substring(0, content.length() - 1) : content);
            if (!flowed) {
                lines.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) {
            lines.add(paragraph.toString());
        }
        return String.join("\n", lines);
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }
}
