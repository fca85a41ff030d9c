package dev.cardwright.validate;

import java.util.Objects;

/**
 * One problem found in a card, located in the file the user has.
 *
 * @param code     stable rule code, e.g. {@code CW101}
 * @param severity how bad it is
 * @param message  what is wrong, worded like the Hub's own messages
 * @param line     1-based line in the file (0 when the problem concerns the whole file)
 * @param column   1-based column (code points) in that line
 * @param path     the metadata path ({@code model-index[0].results[2].dataset.config}), or null outside the metadata
 * @param fix      replacement text for the located element, or null when there is no mechanical fix
 */
public record Diagnostic(String code, Severity severity, String message, int line, int column, String path, String fix) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line:col: severity CODE message}, the text format without the file name. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.id() + " " + code + " " + message;
    }
}
