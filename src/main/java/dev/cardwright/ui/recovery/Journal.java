package dev.cardwright.ui.recovery;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import dev.cardwright.card.AtomicWrite;

/**
 * One document's journal in the recovery folder: {@code ID.card.yaml} holds the unsaved card as a
 * card source, {@code ID.properties} says whose it is (the file it belongs to, the README it was
 * imported from, the process that wrote it, when). The card is written before its description,
 * each atomically, so a journal that is listed is always complete.
 */
public record Journal(Path folder, String id, Path file, Path importedFrom, String untitledName, long pid, Instant written) {
    private static final String CARD = ".card.yaml";
    private static final String INFO = ".properties";

    public Path cardPath() {
        return folder.resolve(id + CARD);
    }

    private Path infoPath() {
        return folder.resolve(id + INFO);
    }

    /** Writes the card source text, then the description. */
    public void write(String cardSource) throws IOException {
        Files.createDirectories(folder);
        AtomicWrite.write(cardPath(), cardSource.getBytes(StandardCharsets.UTF_8));
        Properties p = new Properties();
        if (file != null) {
            p.setProperty("file", file.toAbsolutePath().toString());
        }
        if (importedFrom != null) {
            p.setProperty("importedFrom", importedFrom.toAbsolutePath().toString());
        }
        p.setProperty("untitledName", untitledName == null ? "" : untitledName);
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("written", written.toString());
        StringWriter out = new StringWriter();
        p.store(out, "Cardwright recovery journal");
        AtomicWrite.write(infoPath(), out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes both files (the description first, so a half-removed journal is never listed). */
    public void delete() throws IOException {
        Files.deleteIfExists(infoPath());
        Files.deleteIfExists(cardPath());
    }

    /** Whether the process that wrote the journal is still running (then the journal is its live one, not a crash's). */
    public boolean writerAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The complete journals in {@code folder}, oldest first; unreadable descriptions are skipped. */
    public static List<Journal> list(Path folder) {
        List<Journal> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path info : files.filter(f -> f.getFileName().toString().endsWith(INFO)).toList()) {
                read(folder, info).ifPresent(found::add);
            }
        } catch (IOException e) {
            return found;
        }
        found.sort((a, b) -> a.written().compareTo(b.written()));
        return found;
    }

    private static Optional<Journal> read(Path folder, Path info) {
        String name = info.getFileName().toString();
        String id = name.substring(0, name.length() - INFO.length());
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(in);
            Journal j = new Journal(folder, id, path(p.getProperty("file")), path(p.getProperty("importedFrom")),
                    p.getProperty("untitledName", ""), Long.parseLong(p.getProperty("pid", "-1")),
                    Instant.parse(p.getProperty("written", Instant.EPOCH.toString())));
            return Files.isRegularFile(j.cardPath()) ? Optional.of(j) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path path(String value) {
        return value == null || value.isEmpty() ? null : Path.of(value);
    }
}
