package dev.cardwright.validate;

import java.util.Locale;
import java.util.Optional;

/**
 * A BibTeX reader just strict enough to find what breaks citation tools: entries
 * {@code @type{key, field = value, …}} with values in braces (balanced), quotes, numbers or
 * macro names joined by {@code #}; {@code @comment}, {@code @string} and {@code @preamble}
 * as BibTeX defines them. Text between entries is ignored, as BibTeX ignores it.
 */
public final class BibtexCheck {
    /** Where the first problem is (0-based line and column inside the block) and what it is. */
    public record Problem(int line, int column, String message) {
    }

    /** The first problem of a BibTeX text, as CW308 reports it; empty when it reads cleanly. */
    public static Optional<Problem> check(String text) {
        return new BibtexCheck(text).firstProblem();
    }

    private static final class Stop extends Exception {
        Stop(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private int pos;
    private int entryStart;
    private String entryType = "";

    BibtexCheck(String text) {
        this.text = text;
    }

    Optional<Problem> firstProblem() {
        int entries = 0;
        try {
            while (true) {
                int at = text.indexOf('@', pos);
                if (at < 0) {
                    break;
                }
                pos = at + 1;
                entryStart = at;
                entryType = "";
                entry();
                entries++;
            }
            if (entries == 0) {
                pos = 0;
                throw new Stop("no entry (an entry starts with @type{key,)");
            }
            return Optional.empty();
        } catch (Stop e) {
            String message = e.getMessage();
            if (pos >= text.length() && !entryType.isEmpty()) {
                // Ran off the end: the real mistake is an unclosed brace somewhere in the entry, so point at the entry.
                pos = entryStart;
                message = "@" + entryType + " entry is not closed (a { or \" has no match)";
            }
            int line = 0;
            int lineStart = 0;
            for (int i = 0; i < Math.min(pos, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            return Optional.of(new Problem(line, Math.max(0, Math.min(pos, text.length()) - lineStart), message));
        }
    }

    private void entry() throws Stop {
        String type = identifier().toLowerCase(Locale.ROOT);
        entryType = type;
        if (type.isEmpty()) {
            throw new Stop("expected an entry type after @");
        }
        space();
        char open = peek();
        if (open != '{' && open != '(') {
            throw new Stop("expected { after @" + type);
        }
        char close = open == '{' ? '}' : ')';
        pos++;
        if (type.equals("comment")) {
            balanced(open, close);
            return;
        }
        if (type.equals("preamble")) {
            space();
            value();
            space();
            expect(close);
            return;
        }
        if (!type.equals("string")) {
            space();
            int keyStart = pos;
            while (pos < text.length() && ",}) \t\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == keyStart) {
                throw new Stop("@" + type + " has no citation key");
            }
            space();
            if (peek() == close) {
                pos++;
                return;
            }
            expect(',');
        }
        while (true) {
            space();
            if (peek() == close) {
                pos++;
                return;
            }
            String field = identifier();
            if (field.isEmpty()) {
                throw new Stop(pos >= text.length() ? "entry not closed; expected " + close : "expected a field name");
            }
            space();
            expect('=');
            space();
            value();
            space();
            if (peek() == ',') {
                pos++;
            } else if (peek() != close) {
                throw new Stop("expected , or " + close + " after the value of " + field);
            }
        }
    }

    private void value() throws Stop {
        while (true) {
            char c = peek();
            if (c == '{') {
                pos++;
                balanced('{', '}');
            } else if (c == '"') {
                pos++;
                int depth = 0;
                while (pos < text.length() && !(text.charAt(pos) == '"' && depth == 0)) {
                    char d = text.charAt(pos++);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                }
                expect('"');
            } else if (Character.isLetterOrDigit(c)) {
                identifier();
            } else {
                throw new Stop(pos >= text.length() ? "value missing at the end" : "expected a value ({…}, \"…\" or a number)");
            }
            space();
            if (peek() != '#') {
                return;
            }
            pos++;
            space();
        }
    }

    /** Skips to the close matching an already consumed open. */
    private void balanced(char open, char close) throws Stop {
        int start = pos - 1;
        int depth = 1;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return;
            }
        }
        pos = start;
        throw new Stop("unbalanced " + open + ": no matching " + close);
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-:.+/".indexOf(text.charAt(pos)) >= 0)) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void space() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) throws Stop {
        if (peek() != c) {
            throw new Stop(pos >= text.length() ? "unexpected end; expected " + c : "expected " + c);
        }
        pos++;
    }
}
