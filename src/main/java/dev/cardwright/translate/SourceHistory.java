package dev.cardwright.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Limits;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.markdown.ReadmeReader;

/**
 * What a README's git history says about its translation: per section, whether the source
 * changed in commits made after the translated file last changed. An imported translation is
 * <i>needs review</i> anyway; a section whose source moved on since then gets the source of that
 * time as the text it was made from (so the view shows the diff of the source since the
 * translation) and the number of commits that changed it ("source changed 3 commits after the
 * translation").
 *
 * <p>History is read with JGit, so no {@code git} binary is needed. It is used only when both
 * files are committed in the same repository and the translated file has no changes of its own
 * that are not committed (then it was last changed now, and history has nothing to say). Sections
 * are matched across revisions by id, as import gives them; a section whose heading was renamed
 * counts as new. At most {@value #MAX_COMMITS} commits of the README are read.
 */
public final class SourceHistory {
    static final int MAX_COMMITS = 500;

    /** A section whose source changed after the translation. */
    public record Stale(String sectionId, int commits, String sourceThen) {
    }

    /** What history says: the commit the translation was last changed in, and the stale sections. */
    public record Finding(String translationCommit, List<Stale> stale, String skipped) {
    }

    private SourceHistory() {
    }

    /**
     * Marks the sections of {@code translation} that the history of {@code readme} (the source) and
     * {@code translationFile} shows to be stale, and returns a report for people (empty when the
     * files are not in a git repository).
     */
    public static List<String> mark(Card card, Translation translation, Path readme, Path translationFile) {
        Optional<Finding> found;
        try {
            found = find(card, readme, translationFile);
        } catch (IOException e) {
            return List.of(translationFile + ": note: git history not read: " + e.getMessage());
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Finding f = found.get();
        String lang = translation.getLanguage();
        if (f.skipped() != null) {
            return List.of(translationFile + ": note: git history not used: " + f.skipped());
        }
        List<String> report = new ArrayList<>();
        for (Stale s : f.stale()) {
            TranslatedSection ts = translation.getSections().get(s.sectionId());
            if (ts == null || ts.getStatus() != TranslationStatus.NEEDS_REVIEW) {
                continue;
            }
            ts.setSourceText(s.sourceThen());
            ts.setSourceFingerprint(Fingerprint.of(s.sourceThen()));
            ts.setSourceCommits(s.commits());
            String title = Translation.PREAMBLE_ID.equals(s.sectionId()) ? "the preamble"
                    : "'" + card.findSection(s.sectionId()).map(Section::getTitle).orElse(s.sectionId()) + "'";
            report.add(lang + ": " + title + ": " + message(s.commits()) + " (" + translationFile.getFileName()
                    + " last changed in " + f.translationCommit() + ")");
        }
        return report;
    }

    /** "source changed 3 commits after the translation" (English; the editor has its own words). */
    public static String message(int commits) {
        return commits == 0 ? "source changed after the translation (changes not committed yet)"
                : "source changed " + commits + (commits == 1 ? " commit" : " commits") + " after the translation";
    }

    /** Reads the history; empty when the two files are not both inside one repository's work tree. */
    public static Optional<Finding> find(Card card, Path readme, Path translationFile) throws IOException {
        if (!Files.isRegularFile(readme) || !Files.isRegularFile(translationFile)) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(readme.toAbsolutePath().getParent().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repo = builder.setMustExist(true).build(); Git git = new Git(repo)) {
            if (repo.isBare()) {
                return Optional.empty();
            }
            Path work = repo.getWorkTree().toPath().toRealPath();
            Path src = readme.toRealPath();
            Path trg = translationFile.toRealPath();
            if (!src.startsWith(work) || !trg.startsWith(work)) {
                return Optional.empty();
            }
            String srcPath = work.relativize(src).toString().replace('\\', '/');
            String trgPath = work.relativize(trg).toString().replace('\\', '/');
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty(); // no commit yet
            }
            RevCommit translated = last(git.log().add(head).addPath(trgPath).setMaxCount(1).call());
            if (translated == null) {
                return Optional.of(new Finding(null, List.of(), trgPath + " is not committed"));
            }
            byte[] committed = blob(repo, head, trgPath);
            if (committed == null || !Arrays.equals(committed, Files.readAllBytes(trg))) {
                return Optional.of(new Finding(null, List.of(), trgPath + " has changes that are not committed"));
            }
            List<RevCommit> later = new ArrayList<>();
            git.log().add(head).not(translated).addPath(srcPath).setMaxCount(MAX_COMMITS).call().forEach(later::add);
            java.util.Collections.reverse(later); // oldest first
            List<Map<String, String>> versions = new ArrayList<>();
            versions.add(sections(blob(repo, translated, srcPath), srcPath));
            for (RevCommit c : later) {
                versions.add(sections(blob(repo, c, srcPath), srcPath));
            }
            List<Stale> stale = new ArrayList<>();
            for (String id : keys(card)) {
                String now = Fingerprint.sourceText(card, id);
                String then = versions.get(0).getOrDefault(id, "");
                if (Fingerprint.same(then, now)) {
                    continue;
                }
                int commits = 0;
                for (int i = 1; i < versions.size(); i++) {
                    if (!Fingerprint.same(versions.get(i - 1).getOrDefault(id, ""), versions.get(i).getOrDefault(id, ""))) {
                        commits++;
                    }
                }
                stale.add(new Stale(id, commits, then));
            }
            return Optional.of(new Finding(translated.abbreviate(7).name(), stale, null));
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> keys(Card card) {
        List<String> keys = new ArrayList<>();
        keys.add(Translation.PREAMBLE_ID);
        card.allSections().forEach(s -> keys.add(s.getId()));
        return keys;
    }

    /** Section id → source text (heading and own text) of one revision of the README; empty when it did not exist. */
    private static Map<String, String> sections(byte[] readme, String name) {
        Map<String, String> out = new java.util.HashMap<>();
        if (readme == null) {
            return out;
        }
        try {
            Card card = ReadmeReader.read(readme, name);
            out.put(Translation.PREAMBLE_ID, card.getPreamble());
            card.allSections().forEach(s -> out.put(s.getId(), Fingerprint.sourceText(s)));
        } catch (CardFormatException e) {
            // a revision that does not read (binary for a while?) has no sections to compare
        }
        return out;
    }

    private static RevCommit last(Iterable<RevCommit> log) {
        for (RevCommit c : log) {
            return c;
        }
        return null;
    }

    private static byte[] blob(Repository repo, ObjectId commitId, String path) throws IOException {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(commitId);
            try (TreeWalk tw = TreeWalk.forPath(repo, path, commit.getTree())) {
                if (tw == null) {
                    return null;
                }
                return repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Limits.MAX_FILE_BYTES);
            } catch (LargeObjectException e) {
                return null;
            }
        }
    }
}
