package dev.cardwright.ui.prefs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The folder each card was last exported to (File ▸ Export README.md), by card: its card
 * source's path, or what stands for it before it is saved (the repository id, the README it was
 * read from). Keys are hashed: a preference key holds at most 80 characters, a path may not.
 */
public final class ExportFolders {
    private final Preferences node;

    public ExportFolders(Preferences node) {
        this.node = node;
    }

    public Optional<Path> of(String card) {
        String folder = node.get(key(card), null);
        return folder == null ? Optional.empty() : Optional.of(Path.of(folder));
    }

    public void remember(String card, Path folder) {
        node.put(key(card), folder.toAbsolutePath().normalize().toString());
    }

    private static String key(String card) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(card.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
