package dev.cardwright.repo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.AtomicWrite;
import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.EvalResultsFile;
import dev.cardwright.card.RepositoryOrigin;
import dev.cardwright.card.Translation;
import dev.cardwright.export.ReadmeExport;
import dev.cardwright.export.TranslationExport;
import dev.cardwright.markdown.ReadmeWriter;

/**
 * Everything of a card that belongs in its repository, as repository path → bytes:
 * {@code README.md}, the translated READMEs, {@code .eval_results/*.yaml} and the linked local
 * files. A translation unchanged since it was read is written as it was read, byte for byte and
 * under its own name ({@code README_CN.md} stays that); a changed one is written from the card.
 */
public final class RepositoryExport {
    /** The files, in the order README, translations, evaluation results, linked files; and what could not be done. */
    public record Contents(Map<String, byte[]> files, List<String> linked, List<String> report) {
    }

    private RepositoryExport() {
    }

    /**
     * @param base the folder a relative {@link RepositoryOrigin#getFolder()} is relative to (the card
     *             source's folder), where linked files are copied from
     */
    public static Contents files(Card card, Path base) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<String> report = new ArrayList<>();
        String readme = card.getExportSettings().getReadmeName();
        out.put(readme, ReadmeExport.bytes(card, readme));
        TranslationExport export = new TranslationExport(card);
        RepositoryOrigin origin = card.getRepository();
        for (Translation t : card.getTranslations()) {
            Optional<RepositoryOrigin.TranslationFile> read = origin.translation(t.getLanguage());
            String path = read.map(RepositoryOrigin.TranslationFile::path).orElseGet(() -> export.fileName(t.getLanguage()));
            if (out.containsKey(path)) {
                throw new IllegalArgumentException("translation naming '" + card.getExportSettings().getTranslationNaming()
                        + "' gives two files the name " + path + "; choose a pattern with {lang}");
            }
            if (read.isPresent() && read.get().state().equals(TranslationState.of(t, card))) {
                out.put(path, ReadmeWriter.encode(read.get().original(), read.get().encoding(), path));
            } else {
                out.put(path, export.translatedReadme(t).getBytes(StandardCharsets.UTF_8));
            }
        }
        for (RepositoryOrigin.TranslationFile k : origin.getKept()) {
            out.putIfAbsent(checked(k.path()), ReadmeWriter.encode(k.original(), k.encoding(), k.path()));
        }
        for (EvalResultsFile f : card.getEvalResultsFiles()) {
            out.put(checked(f.getPath()), f.getText().getBytes(StandardCharsets.UTF_8));
        }
        List<String> linked = new ArrayList<>();
        Path folder = folder(card, base);
        for (RepositoryOrigin.LinkedFile l : origin.getLinked()) {
            Path source = folder == null ? null : folder.resolve(checked(l.path()));
            if (source == null || !Files.isRegularFile(source)) {
                report.add(l.path() + ": linked from the card but no longer in " + (folder == null ? "the card's folder" : folder)
                        + "; not copied");
                continue;
            }
            out.put(l.path(), Files.readAllBytes(source));
            linked.add(l.path());
        }
        return new Contents(out, linked, report);
    }

    /**
     * Writes the files into {@code dir} (each atomically; folders made as needed) and returns the
     * paths written. A linked file is not copied onto itself when {@code dir} is the folder it came from.
     */
    public static List<Path> write(Contents files, Card card, Path base, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Path folder = folder(card, base);
        for (Map.Entry<String, byte[]> e : files.files().entrySet()) {
            Path target = dir.resolve(checked(e.getKey()));
            if (files.linked().contains(e.getKey()) && folder != null
                    && Files.exists(target) && Files.isSameFile(target, folder.resolve(e.getKey()))) {
                continue;
            }
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            AtomicWrite.write(target, e.getValue());
            written.add(target);
        }
        return written;
    }

    private static Path folder(Card card, Path base) {
        String folder = card.getRepository().getFolder();
        if (folder == null) {
            return null;
        }
        Path p = Path.of(folder);
        return p.isAbsolute() || base == null ? p : base.resolve(p).normalize();
    }

    /** A repository path must stay inside the repository. */
    private static String checked(String path) throws CardFormatException {
        Path p = Path.of(path).normalize();
        if (path.isBlank() || p.isAbsolute() || p.startsWith("..") || path.contains("\\")) {
            throw new CardFormatException(path, 1, 1, "not a path inside the repository");
        }
        return path;
    }

    /** Whether a file already in {@code dir} has these bytes (for a summary of what an export changes). */
    static boolean same(Path dir, String path, byte[] bytes) throws IOException {
        Path p = dir.resolve(path);
        return Files.isRegularFile(p) && java.util.Arrays.equals(Files.readAllBytes(p), bytes);
    }
}
