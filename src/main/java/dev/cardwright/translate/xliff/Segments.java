package dev.cardwright.translate.xliff;

import java.util.ArrayList;
import java.util.List;

import dev.cardwright.translate.DoNotTranslate;

/**
 * Cuts a section's Markdown into the pieces an XLIFF unit carries: lines, and sentences within a
 * line. Joining the pieces gives the text back exactly, so nothing is lost whichever way a CAT tool
 * shows them.
 *
 * <p>A line is the natural unit of Markdown (a heading, a list item, a table row); a sentence ends
 * at {@code . ! ?} followed by a space, or at {@code 。！？} (with closing quotes or brackets). White
 * space after a cut stays with the piece before it, so a piece never starts with a blank line but
 * a text's leading line break is not lost. The protected parts that {@link DoNotTranslate} finds
 * (code, BibTeX, URLs, ids) are never cut; a multi-line one (a fenced block, a BibTeX entry) is a
 * piece of its own.
 */
public final class Segments {
    /** A piece of text at {@code [start, end)} of the text it was cut from, and the line it belongs to. */
    public record Piece(String text, int start, int end, int line) {
    }

    /** A protected span at {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    private Segments() {
    }

    /** The protected spans of a text, in order (what must reach the translation unchanged). */
    public static List<Span> protectedSpans(String text) {
        return DoNotTranslate.find(text).stream().map(i -> new Span(i.start(), i.end())).toList();
    }

    /** The pieces of {@code text}; joined they are {@code text}. Empty for an empty text. */
    public static List<Piece> of(String text) {
        List<Span> spans = protectedSpans(text);
        boolean[] inside = new boolean[text.length() + 1];
        List<Integer> cuts = new ArrayList<>();
        for (Span s : spans) {
            for (int i = s.start() + 1; i < s.end(); i++) {
                inside[i] = true;
            }
            if (text.substring(s.start(), s.end()).indexOf('\n') >= 0) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inside[i + 1] && inside[i]) {
                continue;
            }
            if (c == '\n') {
                cuts.add(i + 1);
            } else if (endsSentence(text, i, inside)) {
                int j = i + 1;
                while (j < text.length() && isClosing(text.charAt(j))) {
                    j++;
                }
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u3000')) {
                    j++;
                }
                cuts.add(j);
            }
        }
        cuts.add(text.length());
        cuts.sort(null);
        List<Piece> raw = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut <= start || inside[cut]) {
                continue;
            }
            String piece = text.substring(start, cut);
            raw.add(new Piece(piece, start, cut, 0));
            start = cut;
        }
        return mergeBlank(raw);
    }

    /** The pieces grouped by line (a multi-line protected block counts as one line). */
    public static List<List<Piece>> lines(String text) {
        List<List<Piece>> lines = new ArrayList<>();
        int current = -1;
        for (Piece p : of(text)) {
            if (p.line() != current) {
                lines.add(new ArrayList<>());
                current = p.line();
            }
            lines.get(lines.size() - 1).add(p);
        }
        return lines;
    }

    /** Blank pieces (white space only) join the piece before them, or the one after at the start. */
    private static List<Piece> mergeBlank(List<Piece> raw) {
        List<Piece> out = new ArrayList<>();
        Piece pending = null;
        for (Piece p : raw) {
            if (pending != null) {
                p = new Piece(pending.text() + p.text(), pending.start(), p.end(), p.line());
                pending = null;
            }
            if (p.text().isBlank()) {
                if (out.isEmpty()) {
                    pending = p;
                } else {
                    Piece last = out.remove(out.size() - 1);
                    out.add(new Piece(last.text() + p.text(), last.start(), p.end(), last.line()));
                }
                continue;
            }
            out.add(p);
        }
        if (pending != null) {
            out.add(pending);
        }
        return renumber(out);
    }

    private static List<Piece> renumber(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            out.add(new Piece(p.text(), p.start(), p.end(), line));
            if (endsLine(p.text())) {
                line++;
            }
        }
        return out;
    }

    private static boolean endsLine(String piece) {
        int end = piece.length();
        while (end > 0 && (piece.charAt(end - 1) == ' ' || piece.charAt(end - 1) == '\t')) {
            end--;
        }
        return end > 0 && piece.charAt(end - 1) == '\n';
    }

    private static boolean endsSentence(String text, int i, boolean[] inside) {
        char c = text.charAt(i);
        if (inside[i] && inside[i + 1]) {
            return false;
        }
        if (c == '。' || c == '！' || c == '？') {
            return i + 1 < text.length();
        }
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && isClosing(text.charAt(j))) {
            j++;
        }
        if (j >= text.length() || (text.charAt(j) != ' ' && text.charAt(j) != '\t')) {
            return false;
        }
        // "1. item" opens an ordered list, and "e.g. x" goes on: neither ends a sentence
        int w = i;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        return !(c == '.' && (word.chars().allMatch(Character::isDigit) || ABBREVIATIONS.contains(word.toLowerCase())));
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "e.g", "i.e", "etc", "vs", "cf", "al", "fig", "no", "dr", "mr", "ms", "approx", "eq");

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == '*' || c == '_';
    }
}
