package dev.cardwright.render;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code shared/} is: beside the project ({@code ../shared}, as in CI), or, for a git
 * worktree kept one level deeper (/work/wt/NAME), two levels up.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    public static Path resolve(String relative) {
        Path beside = Path.of("..", "shared").resolve(relative);
        Path worktree = Path.of("..", "..", "shared").resolve(relative);
        return Files.exists(beside) || !Files.exists(worktree) ? beside : worktree;
    }
}
