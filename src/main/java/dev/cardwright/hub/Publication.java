package dev.cardwright.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.repo.RepositoryExport;

/**
 * Publishing a card to its Hub repository: what would change there (each file against the
 * repository's current version), whether the repository moved on since the card was pulled from
 * it, and the one commit that makes the change. Nothing local is written here.
 */
public final class Publication {
    /** One file that differs from the repository's: {@code remote} is null for a new file. */
    public record Change(String path, byte[] remote, byte[] local) {
        public boolean isNew() {
            return remote == null;
        }

        /** The unified diff of the two as UTF-8 text. */
        public List<String> diff() {
            return LineDiff.unified(remote == null ? null : new String(remote, StandardCharsets.UTF_8),
                    new String(local, StandardCharsets.UTF_8));
        }
    }

    /**
     * @param remoteSha   the repository's head now
     * @param pulledAt    the commit the card was pulled at, or null when it did not come from this repository
     */
    public record Plan(HubRepo repo, String remoteSha, String pulledAt, List<Change> changes) {
        /** Whether someone committed to the repository since the card was pulled from it. */
        public boolean remoteMoved() {
            return pulledAt != null && !pulledAt.equals(remoteSha);
        }
    }

    public static final String BRANCH = "main";

    private final HubClient client;

    public Publication(HubClient client) {
        this.client = client;
    }

    /** Compares the card's repository files with the repository's current ones. */
    public Plan plan(Card card, Path base, HubRepo repo) throws IOException {
        Map<String, byte[]> local = RepositoryExport.files(card, base).files();
        HubClient.Snapshot remote = client.pull(repo, BRANCH, local::containsKey);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : local.entrySet()) {
            byte[] there = remote.files().get(e.getKey());
            if (there == null || !Arrays.equals(there, e.getValue())) {
                changes.add(new Change(e.getKey(), there, e.getValue()));
            }
        }
        String origin = card.getRepository().getHubRepository();
        String pulledAt = origin != null && origin.equals(repo.toString()) ? card.getRepository().getHubRevision() : null;
        return new Plan(repo, remote.sha(), pulledAt, changes);
    }

    /**
     * Commits the plan's changes in one commit on top of the head the plan saw (a head that moved
     * in between makes the Hub refuse with 412).
     */
    public HubClient.CommitResult publish(Plan plan, String message, String description, boolean createPr) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        plan.changes().forEach(c -> files.put(c.path(), c.local()));
        return client.commit(plan.repo(), BRANCH, files, message, description, createPr, plan.remoteSha());
    }
}
