package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.EvalResultEntry;
import dev.cardwright.export.CardFiles;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.CardSourceFile;
import dev.cardwright.yaml.EvalResultsYaml;
import dev.cardwright.yaml.MetadataEditException;
import dev.cardwright.yaml.ResultsConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert-results FILE --to eval-results|model-index}: evaluation results from the legacy
 * {@code model-index} metadata into an {@code .eval_results/*.yaml} file, or back.
 */
@Command(name = "convert-results", mixinStandardHelpOptions = true,
        description = {
                "Convert evaluation results between the README's model-index metadata and the Hub's .eval_results/*.yaml files.",
                "--to eval-results: FILE is a README.md, a card source or a repository folder; its model-index rows become entries"
                        + " (dataset id from dataset.type, task id from the config or 'default') in OUT"
                        + " (default: .eval_results/model-index.yaml beside the README; an existing file is added to with a minimal diff).",
                "--to model-index: FILE is an .eval_results/*.yaml file; its entries become model-index rows in the card given"
                        + " with --card (changing only the model-index lines). model-index needs a task type and a metric type,"
                        + " which entries do not have: --task-type (default: the card's pipeline_tag) and --metric-type.",
                "What one format cannot carry is listed on stderr, row by row.",
                "Exit 0 when converted, 1 when there was nothing to convert or the metadata cannot be edited safely, 2 for bad usage or unreadable input."
        })
public final class ConvertResultsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the card (for --to eval-results) or the .eval_results file (for --to model-index)")
    Path input;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "eval-results or model-index")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "where to write (default: see above)")
    Path output;

    @Option(names = "--card", paramLabel = "README.md", description = "--to model-index: the README.md or NAME.card.yaml to add the rows to")
    Path card;

    @Option(names = "--task-type", paramLabel = "TYPE", description = "--to model-index: the rows' task type, e.g. text-generation")
    String taskType;

    @Option(names = "--metric-type", paramLabel = "TYPE", description = "--to model-index: the rows' metric type, e.g. accuracy")
    String metricType;

    @Option(names = "--model-name", paramLabel = "NAME", description = "--to model-index: the model-index entry's name (default: the existing one, else model_name, else the card's folder)")
    String modelName;

    @Override
    public Integer call() throws IOException {
        return switch (to) {
            case "eval-results" -> toEvalResults();
            case "model-index" -> toModelIndex();
            default -> usage("--to must be eval-results or model-index, not '" + to + "'");
        };
    }

    private int toEvalResults() throws IOException {
        Path readme = Files.isDirectory(input) ? input.resolve("README.md") : input;
        Card source = CardFiles.load(readme);
        List<EvalResult> rows;
        try {
            rows = CardMetadata.evalResults(source);
        } catch (MetadataEditException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(readme + ":1:1: the model-index cannot be read: " + e.getMessage());
            return CardwrightCommand.PROBLEMS;
        }
        if (rows.isEmpty()) {
            spec.commandLine().getErr().println(readme + ":1:1: no model-index results to convert");
            return CardwrightCommand.PROBLEMS;
        }
        ResultsConversion.Outcome<EvalResultEntry> outcome = ResultsConversion.toEntries(rows);
        outcome.notCarried().forEach(spec.commandLine().getErr()::println);
        Path target = output != null ? output
                : readme.toAbsolutePath().getParent().resolve(".eval_results").resolve("model-index.yaml");
        String text;
        if (Files.exists(target)) {
            String existing = Files.readString(target, StandardCharsets.UTF_8);
            List<EvalResultEntry> all;
            try {
                all = new ArrayList<>(EvalResultsYaml.read(existing));
                all.addAll(outcome.converted());
                text = EvalResultsYaml.edit(existing, all);
            } catch (MetadataEditException e) {
                spec.commandLine().getErr().println(target + ":" + e.line() + ":" + e.column() + ": " + e.getMessage()
                        + " (the file is left as it is)");
                return CardwrightCommand.PROBLEMS;
            }
        } else {
            text = EvalResultsYaml.write(outcome.converted());
        }
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        AtomicWrite.write(target, text.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + target + " (" + outcome.converted().size() + " results)");
        return CardwrightCommand.OK;
    }

    private int toModelIndex() throws IOException {
        if (card == null) {
            return usage("--to model-index needs --card README.md (the card whose model-index receives the rows)");
        }
        String text = Files.readString(input, StandardCharsets.UTF_8);
        List<EvalResultEntry> entries;
        try {
            entries = EvalResultsYaml.read(text);
        } catch (MetadataEditException e) {
            throw new CardFormatException(input.toString(), e.line(), e.column(), e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            spec.commandLine().getErr().println(input + ":1:1: no results to convert");
            return CardwrightCommand.PROBLEMS;
        }
        Card target = CardFiles.load(card);
        List<EvalResult> rows;
        Map<String, Object> metadata;
        try {
            rows = new ArrayList<>(CardMetadata.evalResults(target));
            metadata = CardMetadata.read(target);
        } catch (MetadataEditException | IllegalArgumentException e) {
            spec.commandLine().getErr().println(card + ":1:1: the metadata cannot be read: " + e.getMessage());
            return CardwrightCommand.PROBLEMS;
        }
        String task = taskType != null ? taskType : metadata.get("pipeline_tag") instanceof String s ? s : null;
        if (task == null) {
            return usage("model-index rows need a task type, and " + card + " has no pipeline_tag: give --task-type");
        }
        if (metricType == null) {
            return usage("model-index rows need a metric type, which an eval results entry does not say: give --metric-type");
        }
        String name = modelName != null ? modelName
                : !rows.isEmpty() && rows.get(0).getModelName() != null ? rows.get(0).getModelName()
                : metadata.get("model_name") instanceof String s ? s
                : String.valueOf(card.toAbsolutePath().getParent().getFileName());
        ResultsConversion.Outcome<EvalResult> outcome = ResultsConversion.toModelIndex(entries,
                new ResultsConversion.ModelIndexDefaults(name, task, metricType));
        outcome.notCarried().forEach(spec.commandLine().getErr()::println);
        rows.addAll(outcome.converted());
        try {
            CardMetadata.setEvalResults(target, rows);
        } catch (MetadataEditException e) {
            spec.commandLine().getErr().println(e.inFile(card.toString(), CardMetadata.linesBeforeYaml(target)).located()
                    + " (the file is left as it is)");
            return CardwrightCommand.PROBLEMS;
        }
        Path out = output != null ? output : card;
        if (CardSourceFile.isCardSource(card)) {
            CardSourceFile.write(target, out);
        } else {
            ReadmeWriter.write(target, out);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + outcome.converted().size() + " model-index rows added)");
        return CardwrightCommand.OK;
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("cardwright convert-results: " + message);
        return CardwrightCommand.USAGE;
    }
}
