package dev.cardwright.cite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.validate.BibtexCheck;

/**
 * One BibTeX entry's type, key and fields (names lower-cased; values with their outer braces or
 * quotes removed, {@code #} concatenation and {@code @string} macros resolved), as
 * {@link BibtexCheck} reads them while it checks the text.
 */
public record BibtexEntry(String type, String key, Map<String, String> fields) {
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
        BibtexCheck.Reading reading = BibtexCheck.read(text);
        if (reading.problem().isPresent()) {
            BibtexCheck.Problem p = reading.problem().get();
            throw new Invalid(p.line() + 1, p.column() + 1, p.message());
        }
        return reading.entries().stream().map(e -> new BibtexEntry(e.type(), e.key(), e.fields())).toList();
    }

    /** The first entry of the text. */
    public static BibtexEntry parse(String text) throws Invalid {
        List<BibtexEntry> all = parseAll(text);
        if (all.isEmpty()) {
            throw new Invalid(1, 1, "no entry (an entry starts with @type{key,)");
        }
        return all.get(0);
    }
}
