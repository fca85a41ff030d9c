package dev.cardwright.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A BibTeX reader just strict enough to find what breaks citation tools: entries
 * {@code @type{key, field = value, …}} with values in braces (balanced), quotes, numbers or
 * macro names joined by {@code #}; {@code @comment}, {@code @string} and {@code @preamble}
 * as BibTeX defines them. Text between entries is ignored, as BibTeX ignores it. The same pass
 * collects the entries (values with outer braces or quotes removed, {@code #} joined, macros and
 * month names resolved), so the citation tools read exactly what this check accepts.
 */
public final class BibtexCheck {
    /** Where the first problem is (0-based line and column inside the block) and what it is. */
    public record Problem(int line, int column, String message) {
    }

    /** One entry as read: type and field names lower-cased, values cleaned of their delimiters. */
    public record Entry(String type, String key, Map<String, String> fields) {
    }

    /** The entries of a text, or the first problem that stopped the reading. */
    public record Reading(List<Entry> entries, Optional<Problem> problem) {
    }

    /** Standard month macros, as BibTeX defines them. */
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "January"), Map.entry("feb", "February"),
            Map.entry("mar", "March"), Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"),
            Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    /** The first problem of a BibTeX text, as CW308 reports it; empty when it reads cleanly. */
    public static Optional<Problem> check(String text) {
        return read(text).problem();
    }

    /** Reads every entry ({@code @comment}, {@code @string}, {@code @preamble} are not entries). */
    public static Reading read(String text) {
        BibtexCheck reader = new BibtexCheck(text);
        Optional<Problem> problem = reader.firstProblem();
        return new Reading(Collections.unmodifiableList(reader.entries), problem);
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
    private final Map<String, String> macros = new LinkedHashMap<>(MONTHS);
    private final List<Entry> entries = new ArrayList<>();

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
        boolean macroDefinitions = type.equals("string");
        String key = "";
        if (!macroDefinitions) {
            space();
            int keyStart = pos;
            while (pos < text.length() && ",}) \t\n\r".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
            if (pos == keyStart) {
                throw new Stop("@" + type + " has no citation key");
            }
            key = text.substring(keyStart, pos);
            space();
            if (peek() == close) {
                pos++;
                entries.add(new Entry(type, key, Map.of()));
                return;
            }
            expect(',');
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            space();
            if (peek() == close) {
                pos++;
                if (macroDefinitions) {
                    macros.putAll(fields);
                } else {
                    entries.add(new Entry(type, key, Collections.unmodifiableMap(fields)));
                }
                return;
            }
            String field = identifier();
            if (field.isEmpty()) {
                throw new Stop(pos >= text.length() ? "entry not closed; expected " + close : "expected a field name");
            }
            space();
            expect('=');
            space();
            fields.put(field.toLowerCase(Locale.ROOT), value());
            space();
            if (peek() == ',') {
                pos++;
            } else if (peek() != close) {
                throw new Stop("expected , or " + close + " after the value of " + field);
            }
        }
    }

    /** A field value, its parts joined by {@code #}: delimiters removed, macros resolved, white space collapsed. */
    private String value() throws Stop {
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = peek();
            if (c == '{') {
                int start = ++pos;
                balanced('{', '}');
                out.append(text, start, pos - 1);
            } else if (c == '"') {
                int start = ++pos;
                int depth = 0;
                while (pos < text.length() && !(text.charAt(pos) == '"' && depth == 0)) {
                    char d = text.charAt(pos++);
                    depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                }
                out.append(text, start, pos);
                expect('"');
            } else if (Character.isLetterOrDigit(c)) {
                String word = identifier();
                out.append(macros.getOrDefault(word.toLowerCase(Locale.ROOT), word));
            } else {
                throw new Stop(pos >= text.length() ? "value missing at the end" : "expected a value ({…}, \"…\" or a number)");
            }
            space();
            if (peek() != '#') {
                return out.toString().replaceAll("\\s+", " ").strip();
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
