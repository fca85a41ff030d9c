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
 * {@link #assumePresent} skips with a message, so the run says why nothing was checked. In a git
 * worktree kept one level deeper (as the team's worktrees are), {@code ../../shared} is used.
 */
public final class SharedCorpus {
    public static final Path ROOT = locate();
    public static final Path CARDS = ROOT.resolve("cards");
    public static final Path PEER = ROOT.resolve("peer");

    private SharedCorpus() {
    }

    private static Path locate() {
        Path beside = Path.of("..", "shared", "corpus");
        Path worktree = Path.of("..", "..", "shared", "corpus");
        return Files.isDirectory(beside) || !Files.isDirectory(worktree) ? beside : worktree;
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
