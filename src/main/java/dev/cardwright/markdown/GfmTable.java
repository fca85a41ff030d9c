package dev.cardwright.markdown;

import java.util.regex.Pattern;

/**
 * GitHub's table rule, as far as it decides where a heading is: a delimiter row ({@code |---|:--:|})
 * under a header row starts a table, so the two are no paragraph that a setext underline below
 * could turn into a heading (GitHub and the Hub show a table and a rule there). Without a pipe in
 * either row it is no table. The editor ({@link SectionParser}) and lint's lean reader both ask here.
 */
public final class GfmTable {
    private static final Pattern DELIMITER_ROW = Pattern.compile("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

    private GfmTable() {
    }

    /** Whether {@code line}, right under {@code previous}, is a table's delimiter row (lines without their terminators). */
    public static boolean isDelimiterRowUnder(CharSequence previous, CharSequence line) {
        return DELIMITER_ROW.matcher(line).matches() && (contains(line, '|') || contains(previous, '|'));
    }

    private static boolean contains(CharSequence s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }
}
