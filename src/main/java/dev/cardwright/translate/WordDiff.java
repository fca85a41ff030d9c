package dev.cardwright.translate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level difference between two texts, for showing a translator what changed in the source
 * since the translation was made. Tokens come from {@link TextTokens} (words for Latin text, one
 * token per Han or kana character), so a changed Chinese character shows as one character, not as
 * a changed sentence.
 *
 * <p>The alignment is a longest common subsequence after the common prefix and suffix are taken
 * off. Its table grows with the product of the two lengths, so when that product is large (a
 * rewritten section of many kilobytes) the texts are first compared line by line and only the
 * changed line blocks are compared word by word.
 */
public final class WordDiff {
    /** What a piece of the diff is. */
    public enum Kind { EQUAL, DELETED, INSERTED }

    /** One run of text of one kind. */
    public record Piece(Kind kind, String text) {
    }

    /** Above this many table cells the line-first strategy is used (4 M cells = 16 MB). */
    static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    public static List<Piece> diff(String before, String after) {
        List<Piece> out = new ArrayList<>();
        diffTokens(TextTokens.tokens(before == null ? "" : before), TextTokens.tokens(after == null ? "" : after), out);
        return merge(out);
    }

    /** Whether the diff has any change. */
    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.kind() != Kind.EQUAL);
    }

    private static void diffTokens(List<String> a, List<String> b, List<Piece> out) {
        if ((long) a.size() * b.size() <= MAX_CELLS) {
            lcs(a, b, out);
            return;
        }
        List<String> aLines = lines(a);
        List<String> bLines = lines(b);
        List<Piece> lineDiff = new ArrayList<>();
        lcs(aLines, bLines, lineDiff);
        // refine each deleted-then-inserted block word by word when it is small enough
        List<Piece> merged = merge(lineDiff);
        for (int i = 0; i < merged.size(); i++) {
            Piece p = merged.get(i);
            if (p.kind() == Kind.DELETED && i + 1 < merged.size() && merged.get(i + 1).kind() == Kind.INSERTED) {
                List<String> da = TextTokens.tokens(p.text());
                List<String> db = TextTokens.tokens(merged.get(i + 1).text());
                if ((long) da.size() * db.size() <= MAX_CELLS) {
                    lcs(da, db, out);
                } else {
                    out.add(p);
                    out.add(merged.get(i + 1));
                }
                i++;
            } else {
                out.add(p);
            }
        }
    }

    private static List<String> lines(List<String> tokens) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String t : tokens) {
            int nl = t.indexOf('\n');
            if (nl < 0) {
                line.append(t);
                continue;
            }
            // a whitespace token may hold several line breaks: end a line at each
            int from = 0;
            while (nl >= 0) {
                line.append(t, from, nl + 1);
                lines.add(line.toString());
                line.setLength(0);
                from = nl + 1;
                nl = t.indexOf('\n', from);
            }
            line.append(t.substring(from));
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void lcs(List<String> a, List<String> b, List<Piece> out) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            out.add(new Piece(Kind.EQUAL, a.get(prefix)));
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> x = a.subList(prefix, a.size() - suffix);
        List<String> y = b.subList(prefix, b.size() - suffix);
        int n = x.size();
        int m = y.size();
        // lengths[i][j] = LCS length of x[i..] and y[j..], stored row-major
        int[] lengths = new int[(n + 1) * (m + 1)];
        int w = m + 1;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lengths[i * w + j] = x.get(i).equals(y.get(j))
                        ? lengths[(i + 1) * w + j + 1] + 1
                        : Math.max(lengths[(i + 1) * w + j], lengths[i * w + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (x.get(i).equals(y.get(j))) {
                out.add(new Piece(Kind.EQUAL, x.get(i)));
                i++;
                j++;
            } else if (lengths[(i + 1) * w + j] >= lengths[i * w + j + 1]) {
                out.add(new Piece(Kind.DELETED, x.get(i++)));
            } else {
                out.add(new Piece(Kind.INSERTED, y.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Piece(Kind.DELETED, x.get(i++)));
        }
        while (j < m) {
            out.add(new Piece(Kind.INSERTED, y.get(j++)));
        }
        for (int k = b.size() - suffix; k < b.size(); k++) {
            out.add(new Piece(Kind.EQUAL, b.get(k)));
        }
        Arrays.fill(lengths, 0); // let the table go before the caller builds strings
    }

    /** Joins neighbouring pieces of the same kind, so a changed phrase is one piece. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).kind() == p.kind()) {
                Piece last = out.remove(out.size() - 1);
                out.add(new Piece(p.kind(), last.text() + p.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The text before the change (equal and deleted pieces). */
    public static String before(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.stream().filter(p -> p.kind() != Kind.INSERTED).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** The text after the change (equal and inserted pieces). */
    public static String after(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.stream().filter(p -> p.kind() != Kind.DELETED).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
