package dev.cardwright.ui.section;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Style classes for Markdown source in the code area: headings, emphasis, links, inline and
 * fenced code, table rows, HTML tags and comments. A light line-based scan (not a full parse): it
 * only colours text, so being wrong in a corner case costs nothing but a colour. Pure function of
 * the text, so it can run off the FX thread.
 */
public final class MarkdownHighlighter {
    public static final String HEADING = "md-heading";
    public static final String STRONG = "md-strong";
    public static final String EMPHASIS = "md-emphasis";
    public static final String LINK = "md-link";
    public static final String CODE = "md-code";
    public static final String FENCE = "md-fence";
    public static final String TABLE = "md-table";
    public static final String HTML = "md-html";
    public static final String COMMENT = "md-comment";
    public static final String LIST = "md-list";

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern INLINE = Pattern.compile(
            "(?<code>`[^`\\n]+`)"
            + "|(?<comment><!--.*?-->)"
            + "|(?<link>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|<https?://[^>\\s]+>|https?://[^\\s)<>]+)"
            + "|(?<html></?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>)"
            + "|(?<strong>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
            + "|(?<em>(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?!\\*)|(?<![_\\w])_[^_\\s][^_\\n]*_(?![_\\w]))",
            Pattern.DOTALL);
    private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s");

    private MarkdownHighlighter() {
    }

    public static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        int len = text.length();
        String fence = null;
        boolean inComment = false;
        if (text.isEmpty()) {
            b.add(Collections.emptyList(), 0);
            return b.create();
        }
        while (pos < len) {
            int end = text.indexOf('\n', pos);
            int lineEnd = end < 0 ? len : end;
            int next = end < 0 ? len : end + 1;
            String line = text.substring(pos, lineEnd);
            if (fence != null) {
                b.add(List.of(CODE), next - pos);
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if (inComment) {
                b.add(List.of(COMMENT), next - pos);
                inComment = !line.contains("-->");
            } else {
                Matcher f = FENCE_OPEN.matcher(line);
                if (f.find()) {
                    fence = f.group(1);
                    b.add(List.of(FENCE), next - pos);
                } else if (HEADING_LINE.matcher(line).matches() || isSetextUnderline(text, pos, line)) {
                    b.add(List.of(HEADING), next - pos);
                } else if (line.startsWith("<!--") && !line.contains("-->")) {
                    inComment = true;
                    b.add(List.of(COMMENT), next - pos);
                } else {
                    inline(b, line, line.stripLeading().startsWith("|") ? TABLE : null);
                    b.add(Collections.emptyList(), next - lineEnd);
                }
            }
            pos = next;
        }
        return b.create();
    }

    private static boolean isSetextUnderline(String text, int pos, String line) {
        if (pos == 0 || !SETEXT_UNDERLINE.matcher(line).matches() || line.strip().startsWith("-") && line.strip().length() < 3) {
            return false;
        }
        int prevEnd = pos - 1;
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        return !text.substring(prevStart, prevEnd).isBlank();
    }

    private static void inline(StyleSpansBuilder<Collection<String>> b, String line, String base) {
        List<String> plain = base == null ? Collections.emptyList() : List.of(base);
        int last = 0;
        Matcher lm = LIST_MARK.matcher(line);
        if (base == null && lm.find()) {
            b.add(plain, lm.start(1));
            b.add(List.of(LIST), lm.end(1) - lm.start(1));
            last = lm.end(1);
        }
        Matcher m = INLINE.matcher(line);
        m.region(last, line.length());
        while (m.find()) {
            String style = m.group("code") != null ? CODE
                    : m.group("comment") != null ? COMMENT
                    : m.group("link") != null ? LINK
                    : m.group("html") != null ? HTML
                    : m.group("strong") != null ? STRONG : EMPHASIS;
            b.add(plain, m.start() - last);
            b.add(base == null ? List.of(style) : List.of(base, style), m.end() - m.start());
            last = m.end();
        }
        b.add(plain, line.length() - last);
    }
}
