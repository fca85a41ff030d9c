package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.cardwright.validate.CardValidator;
import dev.cardwright.validate.ReportFormat;
import dev.cardwright.validate.Severity;
import dev.cardwright.validate.ValidationResult;
import dev.cardwright.validate.ValidationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate FILE… [--format text|json|sarif] [--strict]}: the Hub's rules, offline. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check cards offline with the Hub's metadata rules and Cardwright's body lints.",
                "Exit 0 when no errors were found, 1 when some were (with --strict: warnings too), 2 for bad usage or unreadable input.",
                "Rules and codes: docs/validation.md"})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "card files: README.md-style Markdown or NAME.card.yaml card sources")
    List<Path> files;

    @Mixin
    ReportOptions options;

    @Option(names = "--hub", paramLabel = "HUB", defaultValue = "huggingface",
            description = "huggingface (default) or modelscope: check a ModelScope README with ModelScope's rules (CW6xx) instead of the Hub's metadata rules")
    String hub;

    @Option(names = "--cjk-spacing", paramLabel = "space|nospace",
            description = "check the space between Chinese and Latin text or digits in zh translations against this convention (CW421/CW422), over the card source's cjk_spacing; without either, only a section that mixes both is reported (CW423/CW424)")
    String cjkSpacing;

    @Override
    public Integer call() throws IOException {
        dev.cardwright.translate.ChineseTypography.Spacing spacing = null;
        if (cjkSpacing != null) {
            if (!cjkSpacing.equals("space") && !cjkSpacing.equals("nospace")) {
                spec.commandLine().getErr().println("cardwright validate: --cjk-spacing must be space or nospace (got '" + cjkSpacing + "')");
                return CardwrightCommand.USAGE;
            }
            spacing = dev.cardwright.translate.ChineseTypography.Spacing.parse(cjkSpacing);
        }
        if (!Hubs.isKnown(hub)) {
            spec.commandLine().getErr().println("cardwright validate: --hub must be huggingface or modelscope (got '" + hub + "')");
            return CardwrightCommand.USAGE;
        }
        ReportFormat report = options.format(spec);
        List<String> names = files.stream().map(Path::toString).toList();
        ValidationRun.Outcome outcome = TranslationDiagnostics.addTo(
                new ValidationRun(Hubs.MODELSCOPE.equals(hub) ? CardValidator.modelScope() : new CardValidator()).run(files, names, n -> { }), files, names, options.strict, spacing);
        PrintWriter out = spec.commandLine().getOut();
        report.write(outcome.results(), out, true);
        return LintCommand.exitCode(outcome, options.strict, spec.commandLine().getErr());
    }

    static boolean fails(ValidationResult r, boolean strict) {
        return r.hasErrors() || (strict && r.count(Severity.WARNING) > 0);
    }
}
