package dev.cardwright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.SourceLanguage;
import dev.cardwright.translate.TranslationChecks;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.validate.Diagnostic;
import dev.cardwright.validate.Severity;
import dev.cardwright.validate.ValidationResult;
import dev.cardwright.validate.ValidationRun;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Adds the translation diagnostics ({@code CW4xx}) of card sources to a validation run: the
 * validator itself knows nothing of translations, which live only in card sources. With
 * {@code --strict} their warnings become errors, so CI can gate a release on the translations.
 */
final class TranslationDiagnostics {
    private TranslationDiagnostics() {
    }

    static ValidationRun.Outcome addTo(ValidationRun.Outcome outcome, List<Path> files, List<String> names, boolean strict) {
        return addTo(outcome, files, names, strict, null);
    }

    /** @param spacing the Chinese spacing convention given on the command line, or null for each card's own */
    static ValidationRun.Outcome addTo(ValidationRun.Outcome outcome, List<Path> files, List<String> names, boolean strict,
            dev.cardwright.translate.ChineseTypography.Spacing spacing) {
        List<ValidationResult> results = new ArrayList<>();
        for (ValidationResult r : outcome.results()) {
            int i = names.indexOf(r.file());
            if (i < 0 || !CardSourceFile.isCardSource(files.get(i))) {
                results.add(r);
                continue;
            }
            List<Diagnostic> all = new ArrayList<>(r.diagnostics());
            all.addAll(of(files.get(i), strict, spacing));
            all.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            results.add(new ValidationResult(r.file(), all, r.completeness()));
        }
        return new ValidationRun.Outcome(results, outcome.unreadable());
    }

    private static List<Diagnostic> of(Path file, boolean strict, dev.cardwright.translate.ChineseTypography.Spacing spacing) {
        try {
            Card card = CardSourceFile.read(file);
            new TranslationTracker(card).dispose(); // statuses against the current source, as status does
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new TranslationChecks(card, SourceLanguage.of(card), Glossary.builtIn(), text).spacing(spacing).diagnostics().stream()
                    .map(d -> strict && d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d)
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // the validation run has already reported a card source it could not read
        }
    }
}
