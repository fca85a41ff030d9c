package dev.cardwright.template;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code shared/} is: beside the project ({@code ../shared}, as in CI), or one level up for a worktree kept in a subfolder. */
final class SharedDir {
    private SharedDir() {
    }

    static Path path() {
        Path beside = Path.of("..", "shared");
        if (Files.isDirectory(beside)) {
            return beside;
        }
        Path above = Path.of("..", "..", "shared");
        return Files.isDirectory(above) ? above : beside;
    }
}
