package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import dev.cardwright.validate.CardValidator;
import dev.cardwright.validate.Completeness;
import dev.cardwright.validate.Rule;
import dev.cardwright.validate.ValidationResult;
import dev.cardwright.validate.EvalResultsValidator;
import dev.cardwright.validate.ReportFormat;
import dev.cardwright.validate.Summary;
import dev.cardwright.validate.ValidationRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lint DIR [--format …]}: validate every card below a directory. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Validate every *.md and *.card.yaml file below DIR (and .eval_results/*.yaml), with a progress bar on a terminal and a summary at the end.",
                "Exit 0 when no errors were found, 1 when some were (with --strict: warnings too), 2 for bad usage or unreadable input."})
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "directory to search (recursively)")
    Path dir;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws IOException {
        ReportFormat report = options.format(spec);
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), dir + ": not a directory");
        }
        List<Path> unreadableFolders = new ArrayList<>();
        List<Path> files = cards(dir, unreadableFolders);
        List<String> names = files.stream().map(Path::toString).toList();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.onTerminal(files.size(), err);
        ValidationRun.Outcome outcome = withFolders(new ValidationRun(new CardValidator()).run(files, names, progress), unreadableFolders);
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        report.write(outcome.results(), out, false);
        if (report == ReportFormat.TEXT) {
            out.println(Summary.of(outcome.results()).line());
            out.flush();
        }
        return exitCode(outcome, options.strict, err);
    }

    /**
     * Every {@code *.md} and {@code *.card.yaml} regular file below {@code dir}, sorted; symbolic
     * links to files count, links to directories are not followed. One walk, whose attributes
     * answer "regular file?" without another system call per file.
     */
    static List<Path> cards(Path dir) throws IOException {
        return cards(dir, new ArrayList<>());
    }

    /**
     * As {@link #cards(Path)}; a folder below {@code dir} that cannot be read is added to
     * {@code unreadable} and the walk goes on (issue 12: one such folder stopped the whole lint).
     */
    static List<Path> cards(Path dir, List<Path> unreadable) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(dir)) {
                    throw e;
                }
                unreadable.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString();
                if ((n.endsWith(".md") || n.endsWith(".card.yaml") || EvalResultsValidator.isEvalResultsFile(file))
                        && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** Each unreadable folder as a result of its own with one CW014 error, in name order with the cards. */
    static ValidationRun.Outcome withFolders(ValidationRun.Outcome outcome, List<Path> folders) {
        if (folders.isEmpty()) {
            return outcome;
        }
        List<ValidationResult> all = new ArrayList<>(outcome.results());
        for (Path folder : folders) {
            String reason = folder.toFile().exists() && !Files.isReadable(folder) ? "permission denied" : "it could not be listed";
            all.add(new ValidationResult(folder.toString(), List.of(Rule.FOLDER_UNREADABLE.at(1, 1, null, null, reason)),
                    Completeness.NOT_A_CARD));
        }
        all.sort(java.util.Comparator.comparing(ValidationResult::file));
        return new ValidationRun.Outcome(all, outcome.unreadable());
    }

    static int exitCode(ValidationRun.Outcome outcome, boolean strict, PrintWriter err) {
        outcome.unreadable().forEach(err::println);
        err.flush();
        if (!outcome.unreadable().isEmpty()) {
            return CardwrightCommand.USAGE;
        }
        return outcome.results().stream().anyMatch(r -> ValidateCommand.fails(r, strict))
                ? CardwrightCommand.PROBLEMS : CardwrightCommand.OK;
    }

    /** A one-line progress bar on stderr, redrawn at most every 1% and only when stderr is a terminal. */
    static final class Progress implements IntConsumer {
        private final int total;
        private final PrintWriter err;
        private final AtomicInteger shown = new AtomicInteger(-1);

        private Progress(int total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        static Progress onTerminal(int total, PrintWriter err) {
            return new Progress(stderrIsTerminal() && total > 0 ? total : 0, err);
        }

        @Override
        public void accept(int done) {
            if (total == 0) {
                return;
            }
            int percent = (int) (100L * done / total);
            int last = shown.get();
            if (percent > last && shown.compareAndSet(last, percent)) {
                synchronized (err) {
                    int width = 30;
                    int filled = width * percent / 100;
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
                    err.flush();
                }
            }
        }

        void finish() {
            if (total > 0) {
                err.print("\r" + " ".repeat(50) + "\r");
                err.flush();
            }
        }

        /** Whether fd 2 is a terminal: Linux tells through /proc; elsewhere, a console means one. */
        private static boolean stderrIsTerminal() {
            try {
                String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return System.console() != null;
            }
        }
    }
}
