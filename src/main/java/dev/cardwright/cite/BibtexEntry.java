package dev.cardwright.cite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.validate.BibtexCheck;

/**
 * One BibTeX entry's type, key and fields (names lower-cased; values with their outer braces or
 * quotes removed, {@code #} concatenation and {@code @string} macros resolved). Only text that
 * {@link BibtexCheck} reads cleanly is parsed, so this reader can trust the structure.
 */
public record BibtexEntry(String type, String key, Map<String, String> fields) {
    /** Standard month macros, as BibTeX defines them. */
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "January"), Map.entry("feb", "February"),
            Map.entry("mar", "March"), Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"),
            Map.entry("jul", "July"), Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));

    /** A BibTeX text that does not read: the problem as CW308 words it, at its 1-based line and column in the text. */
    public static final class Invalid extends Exception {
        private final int line;
        private final int column;

        Invalid(int line, int column, String message) {
            super(line + ":" + column + ": " + message);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }
        public int column() { return column; }
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(v -> !v.isBlank());
    }

    /** Every entry of the text ({@code @comment}, {@code @string}, {@code @preamble} are not entries). */
    public static List<BibtexEntry> parseAll(String text) throws Invalid {
        Optional<BibtexCheck.Problem> problem = BibtexCheck.check(text);
        if (problem.isPresent()) {
            BibtexCheck.Problem p = problem.get();
            throw new Invalid(p.line() + 1, p.column() + 1, p.message());
        }
        return new Reader(text).entries();
    }

    /** The first entry of the text. */
    public static BibtexEntry parse(String text) throws Invalid {
        List<BibtexEntry> all = parseAll(text);
        if (all.isEmpty()) {
            throw new Invalid(1, 1, "no entry (an entry starts with @type{key,)");
        }
        return all.get(0);
    }

    private static final class Reader {
        private final String text;
        private final Map<String, String> macros = new LinkedHashMap<>(MONTHS);
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        List<BibtexEntry> entries() {
            List<BibtexEntry> out = new ArrayList<>();
            for (int at; (at = text.indexOf('@', pos)) >= 0; ) {
                pos = at + 1;
                String type = identifier().toLowerCase(Locale.ROOT);
                space();
                char close = text.charAt(pos) == '(' ? ')' : '}';
                pos++;
                switch (type) {
                    case "comment" -> skipBalanced();
                    case "preamble" -> {
                        space();
                        value();
                        space();
                        pos++;
                    }
                    case "string" -> fields(close).forEach(macros::put);
                    default -> {
                        space();
                        int keyStart = pos;
                        while (",}) \t\n\r".indexOf(text.charAt(pos)) < 0) {
                            pos++;
                        }
                        String key = text.substring(keyStart, pos);
                        space();
                        Map<String, String> fields;
                        if (text.charAt(pos) == close) {
                            pos++;
                            fields = Map.of();
                        } else {
                            pos++; // the comma after the key
                            fields = fields(close);
                        }
                        out.add(new BibtexEntry(type, key, Collections.unmodifiableMap(fields)));
                    }
                }
            }
            return out;
        }

        private Map<String, String> fields(char close) {
            Map<String, String> fields = new LinkedHashMap<>();
            while (true) {
                space();
                if (text.charAt(pos) == close) {
                    pos++;
                    return fields;
                }
                String name = identifier().toLowerCase(Locale.ROOT);
                space();
                pos++; // =
                space();
                fields.put(name, value());
                space();
                if (text.charAt(pos) == ',') {
                    pos++;
                }
            }
        }

        private String value() {
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos);
                if (c == '{') {
                    int start = ++pos;
                    skipBalanced();
                    out.append(text, start, pos - 1);
                } else if (c == '"') {
                    int start = ++pos;
                    int depth = 0;
                    while (!(text.charAt(pos) == '"' && depth == 0)) {
                        char d = text.charAt(pos++);
                        depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                    }
                    out.append(text, start, pos);
                    pos++;
                } else {
                    String word = identifier();
                    out.append(macros.getOrDefault(word.toLowerCase(Locale.ROOT), word));
                }
                space();
                if (pos >= text.length() || text.charAt(pos) != '#') {
                    return out.toString().replaceAll("\\s+", " ").strip();
                }
                pos++;
                space();
            }
        }

        /** After an opening brace: to just past its matching close. */
        private void skipBalanced() {
            int depth = 1;
            while (pos < text.length() && depth > 0) {
                char c = text.charAt(pos++);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
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
    }
}
