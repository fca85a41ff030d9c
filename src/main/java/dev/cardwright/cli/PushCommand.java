package dev.cardwright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.cardwright.card.Card;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubException;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.hub.Publication;
import dev.cardwright.yaml.CardSourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code push NAME.card.yaml ORG/NAME [--create-pr] [--message M]}: commit the card's changed files to the Hub. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {
                "Commit the card's files that differ from the Hub repository's (README.md, translations, .eval_results/,"
                        + " linked files) in one commit, by default as a pull request. The diff against the repository"
                        + " is shown first. Refused when the repository changed since the card was imported from it, unless --force.",
                "Endpoint: HF_ENDPOINT (default https://huggingface.co; a mirror works). Token: HF_TOKEN, else the file"
                        + " 'hf auth login' writes (HF_HOME/token, ~/.cache/huggingface/token); Cardwright never stores it.",
                "Nothing local is changed by a failed push. Exit 0 when committed (or nothing to commit), 1 when the Hub"
                        + " refused or could not be reached, 2 for bad usage or unreadable input."
        })
public final class PushCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME.card.yaml", description = "the card source to publish")
    Path input;

    @Parameters(index = "1", paramLabel = "ORG/NAME", description = "the repository (datasets/ORG/NAME for a dataset)")
    String repository;

    @Option(names = "--create-pr", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "open a pull request (the default); --no-create-pr commits to main directly")
    boolean createPr;

    @Option(names = {"-m", "--message"}, paramLabel = "M", description = "the commit's summary (default: Update model card)")
    String message;

    @Option(names = "--description", paramLabel = "D", description = "the commit's (or pull request's) description")
    String description = "";

    @Option(names = "--force", description = "push even when the repository changed since the card was imported from it")
    boolean force;

    @Option(names = "--dry-run", description = "show the diff only; commit nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HubRepo repo;
        try {
            repo = HubRepo.parse(repository);
        } catch (IllegalArgumentException e) {
            err.println("cardwright push: " + e.getMessage());
            return CardwrightCommand.USAGE;
        }
        if (!CardSourceFile.isCardSource(input)) {
            err.println(input + ":1:1: push takes a card source (NAME.card.yaml); import the README or folder first");
            return CardwrightCommand.USAGE;
        }
        Card card = CardSourceFile.read(input);
        Path base = input.toAbsolutePath().getParent();
        HubSettings settings = HubSettings.fromEnvironment();
        Publication publication = new Publication(new HubClient(settings));
        try {
            Publication.Plan plan = publication.plan(card, base, repo);
            if (plan.changes().isEmpty()) {
                out.println(repo + " already has these files; nothing to push");
                return CardwrightCommand.OK;
            }
            for (Publication.Change c : plan.changes()) {
                out.println((c.isNew() ? "new file " : "changed ") + c.path());
                c.diff().forEach(out::println);
            }
            out.flush();
            if (plan.remoteMoved() && !force) {
                err.println(input + ":1:1: " + repo + " changed on the Hub since the card was imported (at "
                        + shortSha(plan.pulledAt()) + ", now " + shortSha(plan.remoteSha())
                        + "); import it again to see those changes, or push with --force");
                return CardwrightCommand.PROBLEMS;
            }
            if (dryRun) {
                return CardwrightCommand.OK;
            }
            String summary = message != null ? message
                    : "dataset".equals(card.getCardType()) ? "Update dataset card" : "Update model card";
            HubClient.CommitResult result = publication.publish(plan, summary, description, createPr);
            if (result.pullRequestUrl() != null) {
                out.println("opened pull request " + result.pullRequestUrl());
            } else {
                out.println("committed " + result.commitUrl());
            }
            return CardwrightCommand.OK;
        } catch (HubException e) {
            err.println("cardwright push: " + e.getMessage() + " (nothing was changed, here or on the Hub)");
            return CardwrightCommand.PROBLEMS;
        }
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
    }
}
