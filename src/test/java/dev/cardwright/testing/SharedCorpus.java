package dev.cardwright.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * The corpus of real cards in the {@link Shared} folder ({@code corpus/}). Parameterized tests
 * take {@link #cards()}; when the corpus is absent they get one placeholder that
 * {@link #assumePresent} skips with a message, so the run says why nothing was checked.
 */
public final class SharedCorpus {
    public static final Path ROOT = Shared.path("corpus");
    public static final Path CARDS = ROOT.resolve("cards");
    public static final Path PEER = ROOT.resolve("peer");

    private SharedCorpus() {
    }

    public static boolean present() {
        return Files.isDirectory(CARDS);
    }

    /** Every card file, sorted by name; none when the corpus is absent. */
    public static List<Path> cardFiles() {
        if (!present()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(CARDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<Named<Path>> cards() {
        return cards(card -> true, 0);
    }

    /**
     * The cards that a test applies to, so that it need not skip the others one by one. With the
     * corpus present, fewer than {@code atLeast} of them is a failure: a changed filter or corpus
     * must not quietly leave the test with nothing to check.
     */
    public static Stream<Named<Path>> cards(Predicate<Path> applies, int atLeast) {
        if (!present()) {
            return Stream.of(Named.of("corpus absent", null));
        }
        List<Named<Path>> chosen = cardFiles().stream().filter(applies)
                .map(p -> Named.of(p.getFileName().toString(), p)).toList();
        if (chosen.size() < atLeast) {
            throw new AssertionError("only " + chosen.size() + " corpus cards apply, expected at least " + atLeast);
        }
        return chosen.stream();
    }

    public static void assumePresent(Path card) {
        assumeTrue(card != null, () -> Shared.missing(CARDS));
    }

    public static Path card(String fileName) {
        return Shared.assumeFile("corpus/cards/" + fileName);
    }
}
