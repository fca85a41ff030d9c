package dev.cardwright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.cardwright.card.Card;
import dev.cardwright.repo.RepositoryExport;

/**
 * {@code export --bundle DIR}: the repository's files in a folder of their own, for people who
 * upload with other tools, with a summary and the {@code hf upload} command that sends them.
 */
final class UploadBundle {
    private final Card card;
    private final Path base;
    private final Path dir;

    UploadBundle(Card card, Path base, Path dir) {
        this.card = card;
        this.base = base;
        this.dir = dir;
    }

    int write(PrintWriter out, PrintWriter err) throws IOException {
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            // the bundle is exactly what goes into the repository; stray files would be uploaded too
            err.println(dir + ":1:1: not an empty folder; the bundle needs an empty or new one");
            return CardwrightCommand.USAGE;
        }
        RepositoryExport.Contents contents;
        try {
            contents = RepositoryExport.files(card, base);
        } catch (IllegalArgumentException e) {
            err.println(dir + ":1:1: " + e.getMessage());
            return CardwrightCommand.USAGE;
        }
        contents.report().forEach(err::println);
        Files.createDirectories(dir);
        RepositoryExport.write(contents, card, base, dir);
        long total = 0;
        out.println("bundle " + dir + ":");
        for (Map.Entry<String, byte[]> e : contents.files().entrySet()) {
            out.printf("  %-40s %,10d bytes%n", e.getKey(), e.getValue().length);
            total += e.getValue().length;
        }
        out.printf("%d files, %,d bytes%n", contents.files().size(), total);
        out.println("upload with: " + hfUpload());
        err.flush();
        out.flush();
        return CardwrightCommand.OK;
    }

    /** The Hub CLI's command for this folder, as a pull request (what Cardwright's own push does by default). */
    String hfUpload() {
        String repo = card.getRepository().getHubRepository();
        String type = "dataset".equals(card.getCardType()) ? " --repo-type dataset" : "";
        if (repo != null && repo.startsWith("datasets/")) {
            repo = repo.substring("datasets/".length());
            type = " --repo-type dataset";
        }
        return "hf upload " + (repo == null ? "ORG/NAME" : repo) + " " + shellQuoted(dir.toString()) + " ." + type
                + " --create-pr --commit-message " + shellQuoted("dataset".equals(card.getCardType()) ? "Update dataset card" : "Update model card");
    }

    private static String shellQuoted(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
