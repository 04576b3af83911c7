package io.switchboard.ticket.search.domain;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full-text tokens of tickets (PostgreSQL tsvector and tsquery text, configuration-free): text is NFKC-normalised
 * and lower-cased; each run of Hangul, Han and Kana becomes its bigrams in order followed by its last character (a
 * run of one character is itself), so words inside Korean and Japanese sentences are found without a dictionary;
 * every other run of letters and digits is one word. A query word is its tokens in sequence (tsquery {@code <->}),
 * the last one by prefix; all words must occur.
 *
 * <p>Plain Java without dependencies: the load-test seeder compiles this file too, so seeded tickets are indexed
 * exactly as the service indexes them.
 */
public final class SearchText {

    /** Longer words are cut: a lexeme has at most 2,047 bytes, and nobody types 65 letters to find one. */
    static final int MAX_WORD = 64;

    /** PostgreSQL keeps positions up to 16,383 and 256 of them per lexeme. */
    private static final int MAX_POSITION = 16_383;
    private static final int MAX_POSITIONS_PER_LEXEME = 256;

    /**
     * A part of a ticket's document has at most this many bytes (an upper bound of its tsvector size): a long mail
     * is indexed from its start, and a document never reaches PostgreSQL's 1 MB limit for a tsvector.
     */
    public static final int MAX_PART_BYTES = 256 * 1024;

    private SearchText() {
    }

    /**
     * The tsvector of texts (a title, a body …) as one part of a ticket's document: positions start at 2 and leave a
     * gap between texts, so that parts joined with PostgreSQL's {@code ||} never make a phrase across two texts.
     */
    public static Part part(List<String> texts) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        int position = 1;
        int bytes = 8;
        outer:
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            position++;
            for (Run run : runs(text)) {
                for (String token : run.tokens(true)) {
                    List<Integer> at = positions.get(token);
                    int cost = at == null ? 4 + utf8(token) + 3 + 2 : at.size() < MAX_POSITIONS_PER_LEXEME ? 2 : 0;
                    if (bytes + cost > MAX_PART_BYTES) {
                        break outer;
                    }
                    bytes += cost;
                    if (at == null) {
                        at = new ArrayList<>();
                        positions.put(token, at);
                    }
                    int p = Math.min(position, MAX_POSITION);
                    if (at.size() < MAX_POSITIONS_PER_LEXEME && (at.isEmpty() || at.get(at.size() - 1).intValue() != p)) {
                        at.add(p);
                    }
                    position++;
                }
            }
        }
        StringBuilder vector = new StringBuilder();
        positions.forEach((lexeme, at) -> {
            if (!vector.isEmpty()) {
                vector.append(' ');
            }
            vector.append(quoted(lexeme)).append(':');
            for (int i = 0; i < at.size(); i++) {
                vector.append(i == 0 ? "" : ",").append(at.get(i));
            }
        });
        return new Part(vector.toString(), bytes);
    }

    /** A tsvector in PostgreSQL's text form and an upper bound of its size in bytes. */
    public record Part(String vector, int bytes) {
    }

    /**
     * The tsquery of a search string, or empty when it has no letter or digit. Each whitespace-separated word is its
     * tokens in sequence; the last token of a word matches by prefix unless it is a bigram of a longer run.
     */
    public static Optional<String> query(String q) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalise(q).split("\\s+")) {
            List<Run> runs = runs(word);
            List<String> tokens = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                boolean last = r == runs.size() - 1;
                // a run that ends the word may go on in the text: its last character is no token of its own
                List<String> lexemes = run.tokens(!last);
                for (int i = 0; i < lexemes.size(); i++) {
                    boolean prefix = last && i == lexemes.size() - 1 && (!run.cjk() || run.single());
                    tokens.add(quoted(lexemes.get(i)) + (prefix ? ":*" : ""));
                }
            }
            if (!tokens.isEmpty()) {
                String phrase = String.join(" <-> ", tokens);
                words.add(tokens.size() > 1 ? "(" + phrase + ")" : phrase);
            }
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" & ", words));
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A run of CJK characters, or a word of other letters and digits. */
    private record Run(String text, boolean cjk) {

        boolean single() {
            return text.codePointCount(0, text.length()) == 1;
        }

        /** The run's tokens; a CJK run of two or more characters ends with its last character when asked. */
        List<String> tokens(boolean withLast) {
            if (!cjk) {
                return List.of(text);
            }
            int[] cps = text.codePoints().toArray();
            if (cps.length == 1) {
                return List.of(text);
            }
            List<String> tokens = new ArrayList<>(cps.length);
            for (int i = 0; i + 1 < cps.length; i++) {
                tokens.add(new String(cps, i, 2));
            }
            if (withLast) {
                tokens.add(new String(cps, cps.length - 1, 1));
            }
            return tokens;
        }
    }

    private static List<Run> runs(String raw) {
        String text = normalise(raw);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean cjk = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean isCjk = isCjk(cp);
            boolean isWord = isCjk || Character.isLetterOrDigit(cp);
            if (current.length() > 0 && (!isWord || isCjk != cjk)) {
                runs.add(run(current, cjk));
                current.setLength(0);
            }
            if (isWord) {
                cjk = isCjk;
                current.appendCodePoint(cp);
            }
        }
        if (current.length() > 0) {
            runs.add(run(current, cjk));
        }
        return runs;
    }

    private static Run run(StringBuilder text, boolean cjk) {
        String word = text.toString();
        if (!cjk && word.codePointCount(0, word.length()) > MAX_WORD) {
            word = word.substring(0, word.offsetByCodePoints(0, MAX_WORD));
        }
        return new Run(word, cjk);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                // the prolonged sound mark (ー) and the iteration marks (々 〆) belong to Japanese words
                || cp == 0x30FC || cp == 0x3005 || cp == 0x3006;
    }

    private static String quoted(String lexeme) {
        // letters and digits only, so there is no quote or backslash to escape
        return "'" + lexeme + "'";
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
