package dev.cardwright.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where huggingface_hub's front-matter pattern ({@code REGEX_YAML_BLOCK} in repocard.py, which
 * mirrors the Hub's own rule) matches a text: the opening fence with its line breaks, the YAML,
 * and the closing fence. The pattern's lazy middle group costs a regex step per character of
 * front matter (tens of milliseconds on the 600 KB model-index cards), so the match is found by
 * looking for closing fences with {@code indexOf}; the one case where the opening's line breaks
 * could also serve the closing fence ({@code ---} right after them) is left to the pattern itself.
 * {@code FrontMatterMatchTest} holds the two to the same answers.
 *
 * @param yamlStart where the YAML starts (the opening is {@code [0, yamlStart)})
 * @param yamlEnd   where it ends and the closing starts
 * @param end       where the closing, and the match, ends
 */
record FrontMatterMatch(int yamlStart, int yamlEnd, int end) {
    static final Pattern PATTERN = Pattern.compile("^(\\s*---[\\r\\n]+)([\\S\\s]*?)([\\r\\n]+---(\\r\\n|\\n|$))");

    /** The match in {@code text}, or null when the text has no front matter by the Hub's rule. */
    static FrontMatterMatch find(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (!text.startsWith("---", i)) {
            return null;
        }
        int yamlStart = i + 3;
        if (yamlStart >= n || !isBreak(text.charAt(yamlStart))) {
            return null;
        }
        while (yamlStart < n && isBreak(text.charAt(yamlStart))) {
            yamlStart++;
        }
        if (text.startsWith("---", yamlStart)) {
            return byPattern(text);
        }
        // The lazy group ends at the first place where line breaks, "---" and an end of line follow.
        for (int q = text.indexOf("---", yamlStart); q >= 0; q = text.indexOf("---", q + 1)) {
            if (!isBreak(text.charAt(q - 1))) { // q > yamlStart here, so q - 1 is inside the YAML
                continue;
            }
            int terminator = terminator(text, q + 3);
            if (terminator < 0) {
                continue;
            }
            int yamlEnd = q - 1;
            while (yamlEnd > yamlStart && isBreak(text.charAt(yamlEnd - 1))) {
                yamlEnd--;
            }
            return new FrontMatterMatch(yamlStart, yamlEnd, q + 3 + terminator);
        }
        return null;
    }

    /** The match as the pattern finds it. */
    static FrontMatterMatch byPattern(String text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? new FrontMatterMatch(m.end(1), m.end(2), m.end()) : null;
    }

    /**
     * Length of what {@code (\r\n|\n|$)} matches at {@code at}, or -1: {@code $} (neither
     * MULTILINE nor UNIX_LINES) matches at the end of the text or before a last line terminator.
     */
    private static int terminator(String text, int at) {
        int n = text.length();
        if (text.startsWith("\r\n", at)) {
            return 2;
        }
        if (at < n && text.charAt(at) == '\n') {
            return 1;
        }
        if (at == n) {
            return 0;
        }
        if (at == n - 1) {
            char c = text.charAt(at);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return 0;
            }
        }
        return -1;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
