package dev.cardwright.markdown;

/**
 * A cheap upper estimate of how many blocks a piece of Markdown starts, read before flexmark builds
 * a tree for it (see {@link dev.cardwright.card.Limits#MAX_MARKDOWN_BLOCKS}). A line counts unless
 * it plainly continues the paragraph of the line before (both start with ordinary text), so
 * 100,000 image lines in one paragraph count once; a line counts once more for each quote or
 * list marker it opens ({@code > > a} three times: two quotes and a paragraph). It may count more blocks than flexmark makes, never fewer
 * paragraphs, list items, quotes or table rows ({@code MarkdownBlocksTest}).
 */
public final class MarkdownBlocks {
    private MarkdownBlocks() {
    }

    /** Whether {@code text} starts more than {@code limit} blocks by the estimate; stops counting past the limit. */
    public static boolean moreThan(String text, int limit) {
        return count(text, limit) > limit;
    }

    /** The estimate for {@code text}, or the first count past {@code limit}. */
    static int count(String text, int limit) {
        int count = 0;
        boolean afterText = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int indent = 0;
            int first = i;
            while (first < n && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                indent += text.charAt(first) == '\t' ? 4 : 1;
                first++;
            }
            int end = first;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (first == end) {
                afterText = false;
            } else {
                char c = text.charAt(first);
                boolean text0 = indent < 4 && !opensBlock(c);
                if (!(text0 && afterText)) {
                    // each marker opens a container, and the text after it a paragraph
                    count += markers(text, first, end) + 1;
                    if (count > limit) {
                        return count;
                    }
                }
                afterText = text0;
            }
            i = end;
            if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            i++;
        }
        return count;
    }

    private static boolean opensBlock(char c) {
        return "#>-+*|`~<=_".indexOf(c) >= 0 || (c >= '0' && c <= '9');
    }

    /** Quote and list markers at the start of a line: {@code >}, a bullet or an ordinal followed by a space. */
    private static int markers(String text, int from, int end) {
        int markers = 0;
        int j = from;
        while (j < end) {
            char c = text.charAt(j);
            if (c == ' ' || c == '\t') {
                j++;
            } else if (c == '>') {
                markers++;
                j++;
            } else if ((c == '-' || c == '+' || c == '*') && (j + 1 == end || text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
                markers++;
                j++;
            } else if (c >= '0' && c <= '9') {
                int k = j;
                while (k < end && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                    k++;
                }
                if (k < end && (text.charAt(k) == '.' || text.charAt(k) == ')')) {
                    markers++;
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers;
    }
}
