package dev.cardwright.validate;

import java.util.List;
import java.util.Locale;
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
 * @param arguments what filled the rule's template, for showing the message in another language
 *                 ({@link #message(Locale)}); null for a message made in English only
 * @param language the translation (a BCP 47 tag) a {@code CW4xx} diagnostic is about, else null
 */
public record Diagnostic(String code, Severity severity, String message, int line, int column, String path, String fix,
                         List<String> arguments, String language) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        arguments = arguments == null ? null : List.copyOf(arguments);
    }

    /**
     * A diagnostic with its message in English only (no arguments to put into another language's
     * template): what code written before messages were localized makes, and still valid.
     */
    public Diagnostic(String code, Severity severity, String message, int line, int column, String path, String fix) {
        this(code, severity, message, line, column, path, fix, null, null);
    }

    public Diagnostic(String code, Severity severity, String message, int line, int column, String path, String fix,
            List<String> arguments) {
        this(code, severity, message, line, column, path, fix, arguments, null);
    }

    /** The same diagnostic about a card's translation into a language (a BCP 47 tag). */
    public Diagnostic inLanguage(String tag) {
        return new Diagnostic(code, severity, message, line, column, path, fix, arguments, tag);
    }

    /** The same diagnostic with another severity ({@code --strict} makes translation warnings errors). */
    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(code, s, message, line, column, path, fix, arguments, language);
    }

    /**
     * The message in a locale's language (the editor's); English, the command line's language,
     * when the locale is English or there is no translation of this rule.
     */
    public String message(Locale locale) {
        return DiagnosticText.localize(code, message, arguments, locale);
    }

    /** Equal when what users see is equal: the arguments only serve other languages. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && code.equals(d.code) && severity == d.severity && message.equals(d.message)
                && line == d.line && column == d.column && Objects.equals(path, d.path) && Objects.equals(fix, d.fix)
                && Objects.equals(language, d.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, message, line, column, path, fix, language);
    }

    /** {@code line:col: severity CODE message}, the text format without the file name. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.id() + " " + code + " " + message;
    }
}
