package dev.cardwright.ui.recovery;

import java.nio.file.Path;

/**
 * Where unsaved edits are journaled: {@code $XDG_STATE_HOME/cardwright/recovery}, or
 * {@code ~/.local/state/cardwright/recovery} when XDG_STATE_HOME is unset (the XDG Base Directory
 * specification's default for state that should survive a restart but is not worth backing up).
 * The system property {@code cardwright.recovery.dir} overrides both, so tests never touch the
 * user's journals.
 */
public final class RecoveryFolder {
    public static final String PROPERTY = "cardwright.recovery.dir";

    private RecoveryFolder() {
    }

    public static Path location() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String state = System.getenv("XDG_STATE_HOME");
        // the specification says a relative value is invalid and must be ignored
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("cardwright").resolve("recovery");
    }
}
