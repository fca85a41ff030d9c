package dev.cardwright.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's {@code shared/} folder (corpus, fixtures) for tests: {@code ../shared} relative to
 * the project root, which is Maven's working directory (CI clones the project with
 * {@code shared/} beside it; every worktree has a {@code ../shared} link). The system property
 * or environment variable {@value #OVERRIDE} names another folder. Tests that need a piece of it
 * call an {@code assume…} method, which skips the test with a message naming the missing path.
 */
public final class Shared {
    public static final String OVERRIDE = "CARDWRIGHT_SHARED";
    public static final Path ROOT = locate();

    private Shared() {
    }

    private static Path locate() {
        String override = System.getProperty(OVERRIDE);
        if (override == null || override.isBlank()) {
            override = System.getenv(OVERRIDE);
        }
        return override == null || override.isBlank() ? Path.of("..", "shared") : Path.of(override);
    }

    /** {@code relative} inside the shared folder, whether it exists or not. */
    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** {@code relative} inside the shared folder; the test is skipped when it is no directory. */
    public static Path assumeDirectory(String relative) {
        Path p = path(relative);
        assumeTrue(Files.isDirectory(p), () -> missing(p));
        return p;
    }

    /** {@code relative} inside the shared folder; the test is skipped when it is no regular file. */
    public static Path assumeFile(String relative) {
        Path p = path(relative);
        assumeTrue(Files.isRegularFile(p), () -> missing(p));
        return p;
    }

    /** The skip message for a missing piece of the shared folder. */
    public static String missing(Path p) {
        return p.toAbsolutePath().normalize() + " not found (shared folder " + ROOT.toAbsolutePath().normalize()
                + ", set " + OVERRIDE + " to use another); skipped";
    }
}
