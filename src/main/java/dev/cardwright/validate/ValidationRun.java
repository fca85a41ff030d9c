package dev.cardwright.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import dev.cardwright.card.CardFormatException;

/**
 * Validates many files, in parallel (each card is independent and the validator is stateless),
 * reporting in the order of the input. A file that cannot be read at all is not a diagnostic: it is
 * reported as unreadable ({@code file:line:col: message}), which the commands turn into exit 2.
 */
public final class ValidationRun {
    /** The outcome: results in input order, and one line per file that could not be read. */
    public record Outcome(List<ValidationResult> results, List<String> unreadable) {
    }

    private final CardValidator validator;

    public ValidationRun(CardValidator validator) {
        this.validator = validator;
    }

    /**
     * Validates each file; {@code progress} receives the number done so far (from any thread).
     * Workers (one per core, the caller included) take the next file from a shared queue, smallest
     * first: the few cards with hundreds of KB of YAML then come when the YAML code is already
     * compiled (taken first, cold, they cost several times more), and the queue keeps both cores
     * busy to the end. Results go into their input slot, so the output does not depend on the
     * order of work.
     */
    public Outcome run(List<Path> files, List<String> names, IntConsumer progress) {
        Object[] slots = new Object[files.size()];
        Integer[] order = smallestFirst(files);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                int i = order[k];
                slots[i] = one(files.get(i), names.get(i));
                progress.accept(done.incrementAndGet());
            }
        };
        int helpers = Math.min(Runtime.getRuntime().availableProcessors(), files.size()) - 1;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < helpers; t++) {
            // a deep stack, as the command line's own thread has: parsers recurse once per level of nesting
            Thread thread = new Thread(null, worker, "lint-" + t, 256L * 1024 * 1024);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        worker.run();
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating", e);
            }
        }
        List<ValidationResult> results = new ArrayList<>(files.size());
        List<String> unreadable = new ArrayList<>();
        for (Object o : slots) {
            if (o instanceof ValidationResult r) {
                results.add(r);
            } else {
                unreadable.add((String) o);
            }
        }
        return new Outcome(results, unreadable);
    }

    private static Integer[] smallestFirst(List<Path> files) {
        long[] sizes = new long[files.size()];
        Integer[] order = new Integer[files.size()];
        for (int i = 0; i < sizes.length; i++) {
            order[i] = i;
            try {
                sizes[i] = Files.size(files.get(i));
            } catch (IOException | UncheckedIOException e) {
                sizes[i] = 0; // reported when the file is read
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(sizes[a], sizes[b]));
        return order;
    }

    /** A result, or the one-line reason the file could not be read. */
    private Object one(Path file, String name) {
        try {
            if (EvalResultsValidator.isEvalResultsFile(file)) {
                return EvalResultsValidator.validate(EvalResultsValidator.read(file, name), name);
            }
            CardLoader.Loaded loaded = CardLoader.load(file, name);
            ValidationResult r = validator.validate(loaded.text(), loaded.cardType());
            if (loaded.problems().isEmpty()) {
                return r;
            }
            List<Diagnostic> all = new ArrayList<>(loaded.problems());
            all.addAll(r.diagnostics());
            return new ValidationResult(r.file(), all, r.completeness());
        } catch (CardFormatException e) {
            return e.located();
        } catch (NoSuchFileException e) {
            return name + ":1:1: no such file";
        } catch (AccessDeniedException e) {
            return name + ":1:1: permission denied";
        } catch (IOException | UncheckedIOException e) {
            return name + ":1:1: cannot read: " + e.getMessage();
        } catch (StackOverflowError e) {
            return name + ":1:1: the file nests too deeply to be validated (headings, quotes, lists or YAML)";
        } catch (RuntimeException e) {
            // A bug of ours must not stop a lint of thousands of files; say which file hit it.
            return name + ":1:1: internal error while validating: " + e;
        }
    }
}
