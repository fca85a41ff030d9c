package dev.cardwright.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;

/**
 * The shared corpus of real cards at {@code ../shared/corpus} (beside the project). Parameterized
 * tests take {@link #cards()}; when the corpus is absent they get one placeholder that
 * {@link #assumePresent} skips with a message, so the run says why nothing was checked.
 */
public final class Corpus {
    public static final Path ROOT = Path.of("..", "shared", "corpus");
    public static final Path CARDS = ROOT.resolve("cards");
    public static final Path PEER = ROOT.resolve("peer");

    private Corpus() {
    }

    public static boolean present() {
        return Files.isDirectory(CARDS);
    }

    public static Stream<Named<Path>> cards() {
        if (!present()) {
            return Stream.of(Named.of("corpus absent", null));
        }
        try (Stream<Path> files = Files.list(CARDS)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(p -> Named.of(p.getFileName().toString(), p)).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assumePresent(Path card) {
        assumeTrue(card != null, "shared corpus not found at " + CARDS.toAbsolutePath() + "; corpus tests skipped");
    }

    public static Path card(String fileName) {
        Path p = CARDS.resolve(fileName);
        assumeTrue(Files.isRegularFile(p), "corpus card " + fileName + " not found; test skipped");
        return p;
    }
}
