package dev.cardwright.repo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cardwright.card.Card;
import dev.cardwright.card.RepositoryOrigin;

/**
 * The local files a card links to (images, {@code LICENSE}, plots): relative targets of Markdown
 * links and images and of HTML {@code src}/{@code href}, outside fenced code, that name a file
 * inside the repository folder. They belong in the repository beside the README, so export and
 * the upload bundle copy them; the card records only their path, size and hash.
 */
final class LocalLinks {
    private static final Pattern MARKDOWN = Pattern.compile("!?\\[[^\\]\\n]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern HTML = Pattern.compile("(?i)<(?:img|a|source|video)\\b[^>]*?\\s(?:src|href)\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private LocalLinks() {
    }

    /** Adds the files that the README and its translations link to, in order of first mention. */
    static void record(Card card, Path dir, List<String> report) throws IOException {
        Set<String> targets = new LinkedHashSet<>();
        targets.addAll(targets(card.write()));
        for (RepositoryOrigin.TranslationFile t : card.getRepository().getTranslations()) {
            targets.addAll(targets(t.original()));
        }
        Path root = dir.toAbsolutePath().normalize();
        for (String target : targets) {
            Path file;
            try {
                file = root.resolve(target).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                continue; // outside the repository, or missing (validation's CW307 says so)
            }
            String path = root.relativize(file).toString().replace('\\', '/');
            if (RepositoryReader.isCardFile(path)) {
                continue;
            }
            card.getRepository().getLinked().add(new RepositoryOrigin.LinkedFile(path, sha256(file), Files.size(file)));
        }
    }

    /** Relative link targets in Markdown text, decoded, without fragment or query. */
    static Set<String> targets(String markdown) {
        Set<String> out = new LinkedHashSet<>();
        boolean inFence = false;
        String fence = null;
        for (String line : markdown.split("\\R", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                if (!inFence) {
                    inFence = true;
                    fence = f.group(1);
                    continue;
                }
                char mark = fence.charAt(0);
                if (f.group(1).charAt(0) == mark && f.group(1).length() >= fence.length()
                        && line.strip().chars().allMatch(c -> c == mark)) {
                    inFence = false;
                    continue;
                }
            }
            if (inFence) {
                continue;
            }
            for (Pattern p : new Pattern[] {MARKDOWN, HTML}) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    relative(m.group(1)).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static java.util.Optional<String> relative(String target) {
        int colon = target.indexOf(':');
        int slash = target.indexOf('/');
        if (target.isEmpty() || target.startsWith("#") || target.startsWith("/") || target.startsWith("//")
                || colon >= 0 && (slash < 0 || colon < slash)) {
            return java.util.Optional.empty(); // anchors, site paths and anything with a scheme
        }
        String path = target;
        for (char c : new char[] {'#', '?'}) {
            int cut = path.indexOf(c);
            if (cut >= 0) {
                path = path.substring(0, cut);
            }
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        return path.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(path);
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
