package dev.cardwright.validate;

import java.util.List;

/**
 * What validating one card found.
 *
 * @param file         the name shown in diagnostics
 * @param diagnostics  in file order (line, then column)
 * @param completeness how much of the card is filled in
 */
public record ValidationResult(String file, List<Diagnostic> diagnostics, Completeness completeness) {
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
