package dev.cardwright.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.markdown.ReadmeWriter;
import dev.cardwright.template.TemplateRenderer;
import dev.cardwright.validate.CardLoader;
import dev.cardwright.validate.CardValidator;
import dev.cardwright.yaml.CardSourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--corpus DIR] [--rounds N]}: throughput of the lossless paths over a folder of
 * real cards, after warm-up rounds so the JIT has done its work. Each measured path is a
 * {@link Stage}; a new one (template rendering, say) is one more entry in {@link #stages}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure import and export throughput (MB/s) over a folder of cards,",
                "and the time to render the default model template."})
public final class BenchCommand implements Callable<Integer> {
    // the command line's exit codes (cli.CardwrightCommand), repeated so that bench never reaches back into cli
    private static final int OK = 0;
    private static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of cards (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("..", "shared", "corpus", "cards");

    @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 3;

    /** One measured path: runs over the whole corpus once per call and says how many bytes it handled. */
    interface Stage {
        String name();

        long runOnce() throws CardFormatException;
    }

    private record Named(String name, Body body) implements Stage {
        public long runOnce() throws CardFormatException {
            return body.run();
        }
    }

    @FunctionalInterface
    private interface Body {
        long run() throws CardFormatException;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || warmup < 0) {
            err.println("cardwright bench: --rounds must be at least 1 and --warmup not negative");
            return USAGE;
        }
        if (!Files.isDirectory(corpus)) {
            err.println(corpus + ":1:1: no such folder (give the cards with --corpus DIR)");
            return USAGE;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<byte[]> readmes = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        long totalBytes = 0;
        for (Path file : files) {
            byte[] bytes = readAll(file);
            try {
                Card card = ReadmeReader.read(bytes, file.toString());
                readmes.add(bytes);
                cards.add(card);
                sources.add(CardSourceFile.toYaml(card));
                totalBytes += bytes.length;
            } catch (CardFormatException e) {
                err.println(e.located() + " (skipped)");
            }
        }
        if (readmes.isEmpty()) {
            err.println(corpus + ":1:1: no readable cards in this folder");
            return USAGE;
        }
        out.printf(Locale.ROOT, "corpus: %d cards, %.2f MB (%s); %d warm-up and %d measured rounds%n",
                readmes.size(), totalBytes / 1e6, corpus, warmup, rounds);
        double importSeconds = 0;
        double exportSeconds = 0;
        for (Stage stage : stages(readmes, cards, sources)) {
            for (int i = 0; i < warmup; i++) {
                stage.runOnce();
            }
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                bytes += stage.runOnce();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report(out, stage.name(), bytes, seconds, rounds);
            if (stage.name().startsWith("import README")) {
                importSeconds = seconds;
            } else if (stage.name().startsWith("export README")) {
                exportSeconds = seconds;
            }
        }
        report(out, "import + export", totalBytes * rounds, importSeconds + exportSeconds, rounds);
        benchTemplate(out);
        return OK;
    }

    /**
     * The default model template rendered with a typical set of values, through the same path as
     * "New card" and {@code render}: the first render (Jinjava's start-up) and the mean of warm ones.
     */
    private void benchTemplate(PrintWriter out) throws CardFormatException {
        Map<String, Object> cardData = new LinkedHashMap<>();
        cardData.put("language", List.of("en", "zh"));
        cardData.put("license", "apache-2.0");
        cardData.put("library_name", "transformers");
        cardData.put("tags", List.of("summarization", "bench"));
        cardData.put("datasets", List.of("cardwright/field-notes"));
        Map<String, Object> kwargs = Map.of("model_id", "cardwright/bench-model",
                "model_summary", "A model rendered by the benchmark.", "developers", "The Cardwright team");
        long start = System.nanoTime();
        int length = TemplateRenderer.renderDefault("model", cardData, kwargs).length();
        double firstMs = (System.nanoTime() - start) / 1e6;
        int n = Math.max(20, rounds * 20);
        for (int i = 0; i < n; i++) {
            TemplateRenderer.renderDefault("model", cardData, kwargs);
        }
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            TemplateRenderer.renderDefault("model", cardData, kwargs);
        }
        double warmMs = (System.nanoTime() - start) / 1e6 / n;
        out.printf(Locale.ROOT, "%-24s %8.2f ms per card (first render %.0f ms; %d chars)%n",
                "render default template", warmMs, firstMs, length);
    }

    private static List<Stage> stages(List<byte[]> readmes, List<Card> cards, List<String> sources) {
        return List.of(
                new Named("import README -> card", () -> {
                    long n = 0;
                    for (byte[] b : readmes) {
                        ReadmeReader.read(b, "bench");
                        n += b.length;
                    }
                    return n;
                }),
                new Named("export README <- card", () -> {
                    long n = 0;
                    for (Card c : cards) {
                        n += ReadmeWriter.toBytes(c).length;
                    }
                    return n;
                }),
                new Named("card source write", () -> {
                    long n = 0;
                    for (Card c : cards) {
                        n += CardSourceFile.toYaml(c).length();
                    }
                    return n;
                }),
                new Named("card source read", () -> {
                    long n = 0;
                    for (String s : sources) {
                        CardSourceFile.parse(s, "bench");
                        n += s.length();
                    }
                    return n;
                }),
                // What lint does per card (its own lean read, then every rule); cards/s: see bench.LintBenchmark.
                new Named("lint README", () -> {
                    long n = 0;
                    CardValidator validator = new CardValidator();
                    for (byte[] b : readmes) {
                        CardLoader.Loaded loaded = CardLoader.read(b, "bench", null);
                        validator.validate(loaded.text(), loaded.cardType());
                        n += b.length;
                    }
                    return n;
                }));
    }

    private static void report(PrintWriter out, String name, long bytes, double seconds, int rounds) {
        out.printf(Locale.ROOT, "%-24s %8.1f MB/s  (%.1f ms per round)%n", name,
                bytes / 1e6 / Math.max(seconds, 1e-9), seconds * 1000 / rounds);
    }

    private static byte[] readAll(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
