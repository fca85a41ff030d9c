package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Translation;
import dev.cardwright.export.CardFiles;
import dev.cardwright.translate.xliff.XliffWriter;

/** {@code export NAME.card.yaml --xliff DIR}: one XLIFF 2.0 file per translation language. */
final class XliffExport {
    private final Path input;
    private final Path dir;

    XliffExport(Path input, Path dir) {
        this.input = input;
        this.dir = dir;
    }

    int write(PrintWriter out, PrintWriter err) throws IOException {
        Card card = CardFiles.load(input);
        if (card.getTranslations().isEmpty()) {
            err.println(input + ":1:1: the card has no translations to export as XLIFF (import one with --translation LANG=FILE, or add a language in the translation view)");
            return CardwrightCommand.USAGE;
        }
        String original = input.getFileName().toString();
        // every name is checked before anything is written, as the README export does
        Map<Path, String> files = new LinkedHashMap<>();
        for (Translation t : card.getTranslations()) {
            String name = XliffWriter.fileName(original, t.getLanguage());
            String problem = CardFiles.outputNameProblem(name);
            if (problem == null && CardFiles.sameFile(dir.resolve(name), input)) {
                problem = "it is the input " + input;
            }
            if (problem != null) {
                err.println(input + ":1:1: export: refusing to write '" + name + "': " + problem);
                return CardwrightCommand.USAGE;
            }
            files.put(dir.resolve(name), XliffWriter.write(card, t, original));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CardFormatException(dir.toString(), 1, 1, "cannot create the output folder: " + e.getMessage(), e);
        }
        for (Map.Entry<Path, String> f : files.entrySet()) {
            AtomicWrite.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            out.println("wrote " + f.getKey());
        }
        return CardwrightCommand.OK;
    }
}
