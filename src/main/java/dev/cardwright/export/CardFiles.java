package dev.cardwright.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.cardwright.card.Card;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.yaml.CardSourceFile;

/**
 * Opens either kind of card file: a card source ({@code *.card.yaml}, {@code *.card.yml}) or a
 * README. The one place that decides how a card file is read, for the command line and the editor.
 */
public final class CardFiles {
    private CardFiles() {
    }

    public static Card load(Path file) throws IOException {
        return CardSourceFile.isCardSource(file) ? CardSourceFile.read(file) : ReadmeReader.read(file);
    }

    /** Why {@code name} cannot be an output file name in the export folder, or null when it can. */
    public static String outputNameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "the name is empty";
        }
        if (name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            return "it is not a plain file name (no folders)";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "it holds a line break or another control character";
        }
        return null;
    }

    /**
     * Whether two paths name the same file: the same file when both exist (through links and
     * folder aliases), else the same real folder and name.
     */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            Path pa = a.toAbsolutePath().normalize();
            Path pb = b.toAbsolutePath().normalize();
            Path da = pa.getParent() != null && Files.isDirectory(pa.getParent()) ? pa.getParent().toRealPath() : pa.getParent();
            Path db = pb.getParent() != null && Files.isDirectory(pb.getParent()) ? pb.getParent().toRealPath() : pb.getParent();
            return java.util.Objects.equals(da, db) && pa.getFileName().equals(pb.getFileName());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
