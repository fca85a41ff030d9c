package dev.cardwright.ui.hub;

import java.util.function.Consumer;

import dev.cardwright.card.Card;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubException;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.repo.RepositoryReader;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * File ▸ Open from Hub…: a repository id ({@code ORG/NAME}, {@code datasets/ORG/NAME}) and a
 * revision; Open downloads its README, translations and {@code .eval_results/} and hands the card
 * (which remembers the repository and the commit) to {@code onOpened}.
 */
public final class OpenFromHubPane extends VBox {
    public static final String REPO_ID = "hub-open-repo";
    public static final String REVISION_ID = "hub-open-revision";
    public static final String OPEN_ID = "hub-open";
    public static final String STATUS_ID = "hub-open-status";

    private final TextField repo = new TextField();
    private final TextField revision = new TextField("main");
    private final Button open = new Button(Messages.get("hubOpen.open"));
    private final Label status = new Label();

    public OpenFromHubPane(HubClient client, TaskExecutor executor, Consumer<Card> onOpened) {
        setSpacing(8);
        setPadding(new Insets(12));
        repo.setId(REPO_ID);
        repo.setPromptText("ORG/NAME");
        repo.setAccessibleText(Messages.get("hubOpen.repository"));
        revision.setId(REVISION_ID);
        revision.setAccessibleText(Messages.get("hubOpen.revision"));
        open.setId(OPEN_ID);
        open.setDefaultButton(true);
        status.setId(STATUS_ID);
        status.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        Label repoLabel = new Label(Messages.get("hubOpen.repository"));
        repoLabel.setLabelFor(repo);
        Label revisionLabel = new Label(Messages.get("hubOpen.revision"));
        revisionLabel.setLabelFor(revision);
        form.addRow(0, repoLabel, repo);
        form.addRow(1, revisionLabel, revision);
        GridPane.setHgrow(repo, Priority.ALWAYS);
        getChildren().setAll(new Label(Messages.get("hubOpen.hint", client.endpoint())), form, open, status);
        open.setOnAction(e -> {
            HubRepo target;
            try {
                target = HubRepo.parse(repo.getText().strip());
            } catch (IllegalArgumentException ex) {
                status.setText(Messages.get("publish.badRepository", repo.getText().strip()));
                return;
            }
            String rev = revision.getText().isBlank() ? "main" : revision.getText().strip();
            open.setDisable(true);
            status.setText(Messages.get("hubOpen.loading", target));
            executor.execute(() -> {
                HubClient.Snapshot snapshot = client.pull(target, rev, RepositoryReader::isCardFile);
                Card card = RepositoryReader.read(snapshot.files(), "hub:" + target).card();
                if (target.kind() == HubRepo.Kind.DATASET) {
                    card.setCardType("dataset");
                }
                card.getRepository().setHubRepository(target.toString());
                card.getRepository().setHubRevision(snapshot.sha());
                return card;
            }, card -> {
                open.setDisable(false);
                status.setText(Messages.get("hubOpen.done", target));
                onOpened.accept(card);
            }, error -> {
                open.setDisable(false);
                status.setText(Messages.get("publish.failed", error instanceof HubException ? error.getMessage() : String.valueOf(error)));
            });
        });
    }
}
