package dev.cardwright.ui.section;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Enter does in a Markdown list: the next line starts with the same indentation and the next
 * marker ({@code - }, {@code 2. } after {@code 1. }, {@code - [ ] } after a task); Enter on an
 * item with nothing after its marker ends the list instead (the marker goes). Inside a fenced code
 * block, and before the marker, Enter is only a line break.
 */
public final class ListContinuation {
    /** Replace {@code start}–{@code end} with {@code text}, then put the caret at {@code caret}. */
    public record Edit(int start, int end, String text, int caret) {
    }

    /** indentation, marker (bullet or number with . or )), the space after it, an optional task box, the rest */
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)([-*+]|(\\d{1,9})([.)]))([ \\t]+)(\\[[ xX]\\][ \\t]+)?(.*)$");
    private static final Pattern FENCE = Pattern.compile("^[ ]{0,3}(`{3,}|~{3,})");

    private ListContinuation() {
    }

    /** The edit Enter makes at {@code caret} in {@code text}; empty: an ordinary line break. */
    public static Optional<Edit> onEnter(String text, int caret) {
        int lineStart = text.lastIndexOf('\n', caret - 1) + 1;
        int lineEnd = text.indexOf('\n', caret);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (inFence(text, lineStart)) {
            return Optional.empty();
        }
        String line = text.substring(lineStart, lineEnd);
        Matcher m = ITEM.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int contentStart = m.start(7);
        if (caret - lineStart < contentStart) {
            return Optional.empty(); // in the indentation or the marker: just a new line
        }
        if (m.group(7).isBlank()) {
            // an empty item ends the list: the marker goes, the line stays
            return Optional.of(new Edit(lineStart, lineEnd, "", lineStart));
        }
        String marker = m.group(3) == null ? m.group(2) : next(m.group(3)) + m.group(4);
        String task = m.group(6) == null ? "" : "[ ]" + m.group(6).substring(3);
        String insert = "\n" + m.group(1) + marker + m.group(5) + task;
        return Optional.of(new Edit(caret, caret, insert, caret + insert.length()));
    }

    private static String next(String number) {
        return String.valueOf(Long.parseLong(number) + 1);
    }

    /** Whether the line starting at {@code lineStart} is inside a fenced code block. */
    private static boolean inFence(String text, int lineStart) {
        String open = null;
        int at = 0;
        while (at < lineStart) {
            int end = text.indexOf('\n', at);
            if (end < 0 || end >= lineStart) {
                end = lineStart;
            }
            Matcher f = FENCE.matcher(text.substring(at, end));
            if (f.find()) {
                String fence = f.group(1);
                if (open == null) {
                    open = fence;
                } else if (fence.charAt(0) == open.charAt(0) && fence.length() >= open.length()
                        && text.substring(at, end).strip().equals(fence)) {
                    open = null; // a closing fence: the same character, at least as long, nothing after it
                }
            }
            at = end + 1;
        }
        return open != null;
    }
}
