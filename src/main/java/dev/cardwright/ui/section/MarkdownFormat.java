package dev.cardwright.ui.section;

/**
 * The Markdown toolbar's edits: each wraps the selected text, or inserts a placeholder and selects
 * it so that typing replaces it. Pure text in, one replacement out, so each is one undo step.
 */
public final class MarkdownFormat {
    /** Each edit with its shortcut (the same on the toolbar's tooltips and in Edit ▸ Format). */
    public enum Kind {
        BOLD("Shortcut+B"), ITALIC("Shortcut+I"), LINK("Shortcut+K"), CODE("Shortcut+Shift+C"), CODE_BLOCK("Shortcut+Alt+C"),
        TABLE("Shortcut+Shift+T"), BULLETS("Shortcut+Shift+8");

        private final String accelerator;

        Kind(String accelerator) {
            this.accelerator = accelerator;
        }

        public String accelerator() {
            return accelerator;
        }
    }

    /** The words put in when nothing is selected (in the interface language). */
    public record Placeholders(String bold, String italic, String linkText, String code, String item, String column, String cell) {
    }

    /**
     * Replace {@code start}–{@code end} with {@code text}; afterwards select
     * {@code selectStart}–{@code selectEnd}.
     */
    public record Edit(int start, int end, String text, int selectStart, int selectEnd) {
    }

    /** Where the link's address goes when only its text is known. */
    static final String URL = "https://";

    private MarkdownFormat() {
    }

    public static Edit apply(Kind kind, String text, int selStart, int selEnd, Placeholders p) {
        String selected = text.substring(selStart, selEnd);
        return switch (kind) {
            case BOLD -> wrap(selStart, selEnd, selected, "**", "**", p.bold());
            case ITALIC -> wrap(selStart, selEnd, selected, "*", "*", p.italic());
            case CODE -> wrap(selStart, selEnd, selected, "`", "`", p.code());
            case LINK -> link(selStart, selEnd, selected, p);
            case CODE_BLOCK -> codeBlock(text, selStart, selEnd, selected, p);
            case TABLE -> table(text, selStart, selEnd, p);
            case BULLETS -> bullets(text, selStart, selEnd, p);
        };
    }

    private static Edit wrap(int start, int end, String selected, String open, String close, String placeholder) {
        String inner = selected.isEmpty() ? placeholder : selected;
        int at = start + open.length();
        return new Edit(start, end, open + inner + close, at, at + inner.length());
    }

    /** {@code [text](https://)}: with text selected, the address is selected next; else the text. */
    private static Edit link(int start, int end, String selected, Placeholders p) {
        if (selected.isEmpty()) {
            String s = "[" + p.linkText() + "](" + URL + ")";
            return new Edit(start, end, s, start + 1, start + 1 + p.linkText().length());
        }
        String s = "[" + selected + "](" + URL + ")";
        int url = start + selected.length() + 3;
        return new Edit(start, end, s, url, url + URL.length());
    }

    /** A fence on lines of its own around the selection (or a placeholder line). */
    private static Edit codeBlock(String text, int start, int end, String selected, Placeholders p) {
        String before = lineBreakBefore(text, start);
        String inner = selected.isEmpty() ? p.code() : selected.endsWith("\n") ? selected.substring(0, selected.length() - 1) : selected;
        String after = end < text.length() && text.charAt(end) != '\n' ? "\n" : "";
        String s = before + "```\n" + inner + "\n```" + after;
        int at = start + before.length() + 4;
        return new Edit(start, end, s, at, at + inner.length());
    }

    /** A two-by-two GFM table (a header row and one row) after a blank line; the first header is selected. */
    private static Edit table(String text, int start, int end, Placeholders p) {
        String before = blankLineBefore(text, start);
        String header = "| " + p.column() + " 1 | " + p.column() + " 2 |\n";
        String s = before + header + "| --- | --- |\n| " + p.cell() + " | " + p.cell() + " |\n";
        if (end < text.length() && text.charAt(end) != '\n') {
            s += "\n";
        }
        int at = start + before.length() + 2;
        return new Edit(start, end, s, at, at + p.column().length() + 2);
    }

    /** {@code - } before each selected line (from the start of the first); alone, a new item with a placeholder. */
    private static Edit bullets(String text, int start, int end, Placeholders p) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (start == end && text.substring(lineStart, start).isBlank()) {
            String s = "- " + p.item();
            return new Edit(start, end, s, start + 2, start + 2 + p.item().length());
        }
        if (start == end) {
            String s = "\n- " + p.item();
            return new Edit(start, end, s, start + 3, start + 3 + p.item().length());
        }
        String lines = text.substring(lineStart, end);
        StringBuilder b = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line.isBlank() ? line : "- " + line);
        }
        return new Edit(lineStart, end, b.toString(), lineStart, lineStart + b.length());
    }

    private static String lineBreakBefore(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n' ? "" : "\n";
    }

    /** A GFM table after a paragraph line would be read as part of it: it needs a blank line before. */
    private static String blankLineBefore(String text, int at) {
        if (at == 0) {
            return "";
        }
        if (text.charAt(at - 1) != '\n') {
            return "\n\n";
        }
        return at >= 2 && text.charAt(at - 2) != '\n' ? "\n" : "";
    }
}
