package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.translate.xliff.XliffImport;
import dev.cardwright.translate.xliff.XliffReader;
import dev.cardwright.yaml.CardSourceFile;

/** {@code import NAME.card.yaml --xliff FILE…}: translations from XLIFF files into the card source, all or nothing. */
final class XliffImportRun {
    private final Path input;
    private final Path output;
    private final List<Path> files;

    XliffImportRun(Path input, Path output, List<Path> files) {
        this.input = input;
        this.output = output;
        this.files = files;
    }

    int run(PrintWriter out, PrintWriter err) throws IOException {
        if (!CardSourceFile.isCardSource(input)) {
            err.println(input + ":1:1: --xliff brings translations into a card source (NAME.card.yaml), not into " + input.getFileName());
            return CardwrightCommand.USAGE;
        }
        Path target = output != null ? output : input;
        if (!CardSourceFile.isCardSource(target)) {
            err.println(target + ":1:1: the card source must be named *.card.yaml (refusing to write YAML over another file)");
            return CardwrightCommand.USAGE;
        }
        Card card = CardSourceFile.read(input);
        boolean problems = false;
        int changed = 0;
        for (Path file : files) {
            XliffImport.Result r = XliffImport.apply(card, XliffReader.read(file));
            r.problems().forEach(err::println);
            problems |= !r.problems().isEmpty();
            changed += r.changed();
            if (r.problems().isEmpty()) {
                err.println(r.language() + ": " + r.changed() + " sections changed, " + r.kept() + " unchanged, "
                        + r.empty() + " without translation in " + file);
            }
        }
        if (problems) {
            err.println("cardwright import: nothing written; " + target + " is unchanged");
            return CardwrightCommand.PROBLEMS;
        }
        if (changed == 0 && target.equals(input)) {
            // nothing came back that the card does not have: the file is not even rewritten
            out.println(target + " unchanged");
            return CardwrightCommand.OK;
        }
        CardSourceFile.write(card, target);
        out.println("wrote " + target);
        return CardwrightCommand.OK;
    }
}
