package dev.cardwright.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.cardwright.validate.CardValidator;
import dev.cardwright.validate.ValidationRun;

/**
 * Cards per second for {@code lint}: lays out the corpus N times over (symbolic links in a
 * temporary folder), then times {@code cardwright lint} on it as a whole process (JVM start
 * included, as a user or CI sees it) and, for comparison, in this process once warmed up.
 *
 * <pre>java -cp target/cardwright.jar:target/lib/* dev.cardwright.bench.LintBenchmark [CARDS_DIR] [COPIES] [RUNS]</pre>
 *
 * Defaults: {@code ../shared/corpus/cards}, 10 copies, 3 runs. Prints figures; asserts nothing.
 */
public final class LintBenchmark {
    private LintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path cards = Path.of(args.length > 0 ? args[0] : "../shared/corpus/cards");
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!Files.isDirectory(cards)) {
            System.err.println(cards + ": no such directory (give the corpus cards folder as the first argument)");
            System.exit(2);
        }
        Path root = Files.createTempDirectory("cardwright-lint-bench");
        try {
            int total = layOut(cards, root, copies);
            System.out.printf("lint benchmark: %d cards (%s, %d copies), %d cores%n", total, cards, copies,
                    Runtime.getRuntime().availableProcessors());
            wholeProcess(root, total, runs);
            inProcess(root, total, runs);
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int layOut(Path cards, Path root, int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(cards)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (int c = 0; c < copies; c++) {
            Path dir = Files.createDirectories(root.resolve("copy" + c));
            for (Path f : files) {
                Path link = dir.resolve(f.getFileName());
                try {
                    Files.createSymbolicLink(link, f.toAbsolutePath());
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(f, link);
                }
            }
        }
        return files.size() * copies;
    }

    private static void wholeProcess(Path root, int total, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.cardwright.Launcher", "lint", root.toString());
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, s);
            System.out.printf("  whole process run %d: %.2f s (exit %d), %.0f cards/s%n", i + 1, s, code, total / s);
        }
        System.out.printf("whole process, best of %d: %.2f s, %.0f cards/s%n", runs, best, total / best);
    }

    private static void inProcess(Path root, int total, int runs) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        List<String> names = files.stream().map(Path::toString).toList();
        ValidationRun run = new ValidationRun(new CardValidator());
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            run.run(files, names, n -> { });
            double s = (System.nanoTime() - t0) / 1e9;
            if (i > 0) { // the first round warms the JIT up
                best = Math.min(best, s);
            }
        }
        System.out.printf("in process (warm), best of %d: %.2f s, %.0f cards/s%n", runs, best, total / best);
    }
}
