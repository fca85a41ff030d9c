package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.CardSourceFile;
import dev.cardwright.yaml.CardSourceLocation;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code set FILE KEY=VALUE… [-o OUT]}: huggingface_hub's {@code metadata_update} from the
 * command line, with minimal diffs. Every pair is applied in order; the file is written only when
 * all of them could be applied, and atomically.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {
                "Set metadata keys in a README.md or a card source, changing only those keys' lines.",
                "VALUE is read as YAML 1.2: license=mit, tags=[a, b], language='no'.",
                "An empty VALUE (or null) removes the key, as metadata_update does with None.",
                "A card without front matter gets one; metadata written as a flow mapping ({…}) is rewritten in block style"
                        + " (with a notice on stderr). Exit 0 when written, 1 when the front matter"
                        + " cannot be edited safely (the file is left untouched), 2 for bad usage or unreadable input."
        })
public final class SetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "README.md (any encoding) or NAME.card.yaml")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "KEY=VALUE", description = "top-level key and its YAML value")
    List<String> pairs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "write here instead of changing FILE (same kind of file)")
    Path output;

    @Spec
    CommandSpec spec;

    private record Pair(String key, Object value) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Pair> parsed = new ArrayList<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                err.println("cardwright set: expected KEY=VALUE, got '" + pair + "'");
                return CardwrightCommand.USAGE;
            }
            String key = pair.substring(0, eq);
            java.util.Optional<String> tagged = dev.cardwright.yaml.ExplicitTags.refusal(pair.substring(eq + 1));
            if (tagged.isPresent()) {
                err.println("cardwright set: the value of " + key + ": " + tagged.get());
                return CardwrightCommand.USAGE;
            }
            try {
                parsed.add(new Pair(key, YamlReader.load(pair.substring(eq + 1))));
            } catch (YamlEngineException e) {
                err.println("cardwright set: the value of " + key + " is not YAML: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                return CardwrightCommand.USAGE;
            }
        }
        boolean source = CardSourceFile.isCardSource(file);
        if (output != null && source != CardSourceFile.isCardSource(output)) {
            // a card source written over a README (or the reverse) would lose the file that is there
            err.println(output + ":1:1: cannot write " + (source ? "a card source (.card.yaml)" : "a README")
                    + " here: -o must be the same kind of file as " + file + (source ? " (NAME.card.yaml)" : " (not NAME.card.yaml)"));
            return CardwrightCommand.USAGE;
        }
        Card card = source ? CardSourceFile.read(file) : ReadmeReader.read(file);
        String before = card.getFrontMatter() == null ? null : card.getFrontMatter().getYaml();
        if (CardMetadata.needsBlockStyle(card)) {
            // metadata_update would rewrite the whole block too; say so, since comments inside it go
            try {
                CardMetadata.toBlockStyle(card);
            } catch (MetadataEditException e) {
                err.println(locate(e, card, source).located());
                return CardwrightCommand.PROBLEMS;
            }
            err.println("cardwright set: " + file + ": the metadata was a flow mapping ({…}); rewrote it in block style"
                    + " (comments inside it are not kept)");
        }
        for (Pair p : parsed) {
            try {
                if (p.value() == null) {
                    CardMetadata.remove(card, p.key());
                } else {
                    CardMetadata.update(card, p.key(), p.value());
                }
            } catch (MetadataEditException e) {
                err.println(locate(e, card, source).located());
                return CardwrightCommand.PROBLEMS;
            }
        }
        String after = card.getFrontMatter() == null ? null : card.getFrontMatter().getYaml();
        if (output == null && java.util.Objects.equals(before, after)) {
            return CardwrightCommand.OK; // nothing changed: leave the file (and its time stamp) alone
        }
        Path target = output == null ? file : output;
        if (source) {
            CardSourceFile.write(card, target);
        } else {
            ReadmeWriter.write(card, target);
        }
        return CardwrightCommand.OK;
    }

    /** The refusal placed in the file the user has: README lines, or the YAML block inside a card source. */
    private CardFormatException locate(MetadataEditException e, Card card, boolean source) throws IOException {
        if (!source) {
            return e.inFile(file.toString(), CardMetadata.linesBeforeYaml(card));
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return CardSourceLocation.of(text).locate(e, file.toString());
    }
}
