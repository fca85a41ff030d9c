package dev.cardwright.ui.check;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.cardwright.card.Card;
import dev.cardwright.validate.CardText;
import dev.cardwright.validate.CardValidator;
import dev.cardwright.validate.Diagnostic;
import dev.cardwright.validate.ValidationResult;

/** The offline Hub rules of the {@code validate} package, as the editor's checker. */
public final class HubChecker implements CardChecker {
    private volatile CardValidator validator;

    @Override
    public Callable<CheckReport> prepare(Card card, Path directory) {
        CardText text = CardText.ofReadme(card, "README.md", directory);
        String type = card.getCardType();
        return () -> {
            ValidationResult r = validator().validate(text, type);
            return new CheckReport(r.diagnostics().stream().map(HubChecker::problem).toList(), r.completeness().score());
        };
    }

    private CardValidator validator() {
        // Built on first use, on the background thread: loading the vocabularies takes a moment.
        CardValidator v = validator;
        if (v == null) {
            v = new CardValidator();
            validator = v;
        }
        return v;
    }

    static Problem problem(Diagnostic d) {
        Problem.Severity s = switch (d.severity()) {
            case ERROR -> Problem.Severity.ERROR;
            case WARNING -> Problem.Severity.WARNING;
            case INFO -> Problem.Severity.INFO;
        };
        // the command line speaks English (a contract); the editor speaks the language of its UI
        return new Problem(d.code(), s, d.message(dev.cardwright.ui.common.Messages.locale()), d.line(), d.column(), d.path());
    }
}
