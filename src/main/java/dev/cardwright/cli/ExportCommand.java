package dev.cardwright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.export.CardFiles;
import dev.cardwright.export.HtmlExport;
import dev.cardwright.export.ReadmeExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export FILE [-o DIR] [--html]}: a card source (or README) to DIR/README.md. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the README.md of a card source (or of a README) into a folder.",
                "An untouched card comes back byte for byte. Exit 0 on success, 2 on bad usage or unreadable input."})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A NAME.card.yaml or a README.md.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder to write into (default: the folder of FILE).")
    Path outputDir;

    @Option(names = "--html", description = "Also write a standalone HTML page.")
    boolean html;

    @Override
    public Integer call() throws Exception {
        Card card = CardFiles.load(input);
        Path dir = outputDir != null ? outputDir : input.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CardFormatException(dir.toString(), 1, 1, "cannot create the output folder: " + e.getMessage(), e);
            }
        }
        Path written = ReadmeExport.export(card, dir);
        spec.commandLine().getOut().println("wrote " + written);
        if (html) {
            spec.commandLine().getOut().println("wrote " + HtmlExport.export(card, dir));
        }
        return CardwrightCommand.OK;
    }
}
