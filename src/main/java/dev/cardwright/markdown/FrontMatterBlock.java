package dev.cardwright.markdown;

import java.util.Optional;

/**
 * Where the YAML front matter block of a README is, found with the rule the Hub and
 * huggingface_hub share. huggingface_hub (repocard.py, "exact same regex as in the Hub server")
 * matches {@code ^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))} against the whole text and
 * takes the body to start at the end of the match. That regex is followed here by hand (linear,
 * without backtracking) with these consequences, all checked against the corpus' peer readings:
 * <ul>
 * <li>only white space may come before the opening {@code ---} (Python's {@code \s}: Unicode white
 * space); anything else before it means no front matter at all;</li>
 * <li>the opening {@code ---} must be followed directly by a line break, so {@code ----} or
 * {@code --- x} open nothing;</li>
 * <li>the closing fence is the first {@code ---} at the start of a line that is followed by LF,
 * CRLF or the end of the text; {@code ----}, {@code ---x} and {@code ---} followed by a lone CR do
 * not close;</li>
 * <li>{@code ---\n---} (no line between the fences) is not a block, but {@code ---\r\n---} is,
 * because the regex lets the closing fence take the LF of the opening CRLF.</li>
 * </ul>
 * The block is reported in whole lines: the prefix (leading white space), the opening fence line
 * with one terminator, the YAML lines, and the closing fence line with its terminator (empty at the
 * end of the text).
 *
 * @param openingStart where the opening {@code ---} starts (end of the prefix)
 * @param yamlStart    end of the opening line
 * @param closingStart where the closing {@code ---} starts (end of the YAML text)
 * @param end          end of the closing line: where the body starts
 */
public record FrontMatterBlock(int openingStart, int yamlStart, int closingStart, int end) {

    public static Optional<FrontMatterBlock> find(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isPythonSpace(text.charAt(i))) {
            i++;
        }
        if (!text.startsWith("---", i)) {
            return Optional.empty();
        }
        int j = i + 3;
        int k = newlineRunEnd(text, j);
        if (k == j) {
            return Optional.empty();
        }
        int yamlStart = text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n' ? j + 2 : j + 1;
        // The regex first lets [\r\n]+ of the opening take the whole run of line breaks and looks
        // for the earliest closing fence after it.
        int p = k;
        // Without a CR after the opening, the next line break is found by indexOf, not char by char.
        boolean lfOnly = text.indexOf('\r', k) < 0;
        while (p < n) {
            char c = text.charAt(p);
            if (c == '\r' || c == '\n') {
                int r = newlineRunEnd(text, p);
                int end = closingEnd(text, r);
                if (end >= 0) {
                    return Optional.of(new FrontMatterBlock(i, yamlStart, r, end));
                }
                p = r;
            } else if (lfOnly) {
                int next = text.indexOf('\n', p);
                p = next < 0 ? n : next;
            } else {
                p++;
            }
        }
        // Only when that fails does it give line breaks back to a closing fence right after them.
        if (k - j >= 2) {
            int end = closingEnd(text, k);
            if (end >= 0) {
                return Optional.of(new FrontMatterBlock(i, Math.min(yamlStart, k), k, end));
            }
        }
        return Optional.empty();
    }

    /** The end of {@code ---(\r\n|\n|$)} at {@code r}, or -1 when it does not match there. */
    private static int closingEnd(String text, int r) {
        if (!text.startsWith("---", r)) {
            return -1;
        }
        int after = r + 3;
        if (after == text.length()) {
            return after;
        }
        if (text.charAt(after) == '\n') {
            return after + 1;
        }
        if (text.charAt(after) == '\r' && after + 1 < text.length() && text.charAt(after + 1) == '\n') {
            return after + 2;
        }
        return -1;
    }

    private static int newlineRunEnd(String text, int from) {
        int p = from;
        while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
            p++;
        }
        return p;
    }

    /** Python's {@code str.isspace()}, which is what {@code \s} means in the Hub's regex. */
    static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085';
    }
}
