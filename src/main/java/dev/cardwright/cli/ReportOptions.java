package dev.cardwright.cli;

import java.util.Locale;

import dev.cardwright.validate.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code validate} and {@code lint} share: how the report is written and what fails the run. */
final class ReportOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (file:line:col: severity CODE message), json or sarif (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--strict", description = "warnings fail the run too")
    boolean strict;

    /** The report format asked for; a usage error (exit 2) for anything else. */
    ReportFormat format(CommandSpec spec) {
        try {
            return ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text, json or sarif, not '" + format + "'");
        }
    }
}
