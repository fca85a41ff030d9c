package dev.cardwright.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.template.CardRenderer;
import dev.cardwright.template.RenderValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code render --template FILE --values FILE.json [-o OUT]}: a README from a Jinja template, as
 * huggingface_hub's {@code ModelCard.from_template} (or {@code DatasetCard.from_template}) writes it.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a card from a Jinja template and values, byte for byte as huggingface_hub's "
                + "ModelCard.from_template / DatasetCard.from_template would.",
                "Values: {\"card_type\": \"model\"|\"dataset\", \"card_data\": {...}, \"kwargs\": {...}} "
                        + "(card_type defaults to model)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:rendered", "2:bad usage, unreadable input, bad template or values"})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "FILE", description = "Jinja template (UTF-8).")
    Path template;

    @Option(names = "--values", required = true, paramLabel = "FILE.json", description = "Values as JSON.")
    Path values;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (atomically) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        // a BOM stays in the template, as Python's read_text() keeps it (and the front matter is then not found)
        String templateText = readUtf8(template, false);
        RenderValues vals = RenderValues.parse(readUtf8(values, true), values.toString());
        String card = CardRenderer.render(templateText, template.toString(), vals);
        byte[] bytes = card.getBytes(StandardCharsets.UTF_8);
        if (output != null) {
            AtomicWrite.write(output, bytes);
        } else {
            spec.commandLine().getOut().print(card);
            spec.commandLine().getOut().flush();
        }
        return CardwrightCommand.OK;
    }

    private static String readUtf8(Path file, boolean dropBom) throws IOException {
        if (Files.isDirectory(file)) {
            throw new CardFormatException(file.toString(), 1, 1, "is a folder, not a file");
        }
        byte[] bytes = dev.cardwright.card.Limits.readFile(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return dropBom && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CardFormatException(file.toString(), 1, 1, "not valid UTF-8");
        }
    }
}
