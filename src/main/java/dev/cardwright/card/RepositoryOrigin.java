package dev.cardwright.card;

import java.util.ArrayList;
import java.util.List;

/**
 * Which files of a repository folder (or a Hub repository) a card was read from, so that export
 * writes each back under its own name and, while unchanged, byte for byte. Empty for a card read
 * from a single README.
 */
public final class RepositoryOrigin {
    /**
     * A translated README as it was read: its name, its exact text and encoding, and the
     * fingerprint of the translation right after import. While the translation still has that
     * fingerprint, export writes {@code original} back instead of regenerating the file.
     */
    public record TranslationFile(String language, String path, TextEncoding encoding, String original, String state) {
    }

    /** A local file the card links to (an image, {@code LICENSE}): copied along by export, never stored in the card. */
    public record LinkedFile(String path, String sha256, long size) {
    }

    private String folder;
    private String readmePath = "README.md";
    private String hubRepository;
    private String hubRevision;
    private final List<TranslationFile> translations = new ArrayList<>();
    private final List<LinkedFile> linked = new ArrayList<>();
    private final List<TranslationFile> kept = new ArrayList<>();

    /** The folder the card was imported from (relative to the card source, or absolute), or null. */
    public String getFolder() { return folder; }
    public void setFolder(String value) { folder = value; }
    public String getReadmePath() { return readmePath; }
    public void setReadmePath(String value) { readmePath = value; }
    /** {@code ORG/NAME} (with {@code datasets/} for a dataset) when the card came from the Hub, or null. */
    public String getHubRepository() { return hubRepository; }
    public void setHubRepository(String value) { hubRepository = value; }
    /** The commit the card was pulled at, to tell whether the remote changed since. */
    public String getHubRevision() { return hubRevision; }
    public void setHubRevision(String value) { hubRevision = value; }
    public List<TranslationFile> getTranslations() { return translations; }
    public List<LinkedFile> getLinked() { return linked; }
    /** READMEs named like translations that were not imported as one (same language as the card, a second file for a language): written back as they were. */
    public List<TranslationFile> getKept() { return kept; }

    public boolean isEmpty() {
        return folder == null && hubRepository == null && translations.isEmpty() && linked.isEmpty() && kept.isEmpty();
    }

    public java.util.Optional<TranslationFile> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }
}
