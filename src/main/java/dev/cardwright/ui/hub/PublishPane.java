package dev.cardwright.ui.hub;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubException;
import dev.cardwright.hub.HubRepo;
import dev.cardwright.hub.Publication;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Publish…: the repository to commit to, the commit message, pull request or not; Compare shows
 * every file that would change as a diff against the repository's current files; Publish commits
 * them in one commit. A repository that moved since the card was pulled from it must be confirmed
 * (Publish anyway). Nothing local is written. The Hub work runs on the injected executor.
 */
public final class PublishPane extends VBox {
    public static final String REPO_ID = "publish-repo";
    public static final String MESSAGE_ID = "publish-message";
    public static final String PR_ID = "publish-pr";
    public static final String FORCE_ID = "publish-force";
    public static final String COMPARE_ID = "publish-compare";
    public static final String CONFIRM_ID = "publish-confirm";
    public static final String DIFF_ID = "publish-diff";
    public static final String STATUS_ID = "publish-status";

    private final Card card;
    private final Path base;
    private final Publication publication;
    private final TaskExecutor executor;

    private final TextField repo = new TextField();
    private final TextField message = new TextField();
    private final CheckBox pullRequest = new CheckBox(Messages.get("publish.pullRequest"));
    private final CheckBox force = new CheckBox(Messages.get("publish.force"));
    private final Button compare = new Button(Messages.get("publish.compare"));
    private final Button confirm = new Button(Messages.get("publish.confirm"));
    private final ListView<String> diff = new ListView<>();
    private final Label status = new Label();
    private final ObjectProperty<Publication.Plan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObjectProperty<HubClient.CommitResult> result = new SimpleObjectProperty<>(this, "result");

    /**
     * @param base the card source's folder (linked files are read relative to it), or null
     */
    public PublishPane(Card card, Path base, Publication publication, TaskExecutor executor) {
        this.card = card;
        this.base = base;
        this.publication = publication;
        this.executor = executor;
        createView();
        bind();
    }

    private void createView() {
        setSpacing(8);
        setPadding(new Insets(12));
        repo.setId(REPO_ID);
        repo.setPromptText("ORG/NAME");
        repo.setAccessibleText(Messages.get("publish.repository"));
        String origin = card.getRepository().getHubRepository();
        repo.setText(origin == null ? "" : origin);
        message.setId(MESSAGE_ID);
        message.setAccessibleText(Messages.get("publish.message"));
        message.setText("dataset".equals(card.getCardType()) ? "Update dataset card" : "Update model card");
        pullRequest.setId(PR_ID);
        pullRequest.setSelected(true);
        force.setId(FORCE_ID);
        force.setVisible(false);
        force.setManaged(false);
        compare.setId(COMPARE_ID);
        compare.setDefaultButton(true);
        confirm.setId(CONFIRM_ID);
        confirm.setDisable(true);
        diff.setId(DIFF_ID);
        diff.setAccessibleText(Messages.get("publish.diff"));
        diff.setPrefHeight(320);
        diff.setCellFactory(list -> new DiffCell());
        diff.setFixedCellSize(22); // diff lines packed like an editor's, not spaced like a list of choices
        status.setId(STATUS_ID);
        status.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        Label repoLabel = new Label(Messages.get("publish.repository"));
        repoLabel.setLabelFor(repo);
        Label messageLabel = new Label(Messages.get("publish.message"));
        messageLabel.setLabelFor(message);
        form.addRow(0, repoLabel, repo);
        form.addRow(1, messageLabel, message);
        GridPane.setHgrow(repo, Priority.ALWAYS);
        GridPane.setHgrow(message, Priority.ALWAYS);
        HBox buttons = new HBox(8, pullRequest, force, new javafx.scene.layout.Region(), compare, confirm);
        HBox.setHgrow(buttons.getChildren().get(2), Priority.ALWAYS);
        VBox.setVgrow(diff, Priority.ALWAYS);
        getChildren().setAll(form, buttons, new Label(Messages.get("publish.diff")), diff, status);
    }

    private void bind() {
        repo.textProperty().addListener((o, a, b) -> reset());
        compare.setOnAction(e -> compare());
        confirm.setOnAction(e -> publish());
        force.selectedProperty().addListener((o, a, b) -> updateConfirm());
    }

    private void reset() {
        plan.set(null);
        diff.getItems().clear();
        status.setText("");
        force.setSelected(false);
        force.setVisible(false);
        force.setManaged(false);
        updateConfirm();
    }

    private void updateConfirm() {
        Publication.Plan p = plan.get();
        confirm.setDisable(p == null || p.changes().isEmpty() || p.remoteMoved() && !force.isSelected() || result.get() != null);
        // Enter compares until there is something to publish, then publishes
        confirm.setDefaultButton(!confirm.isDisable());
        compare.setDefaultButton(confirm.isDisable());
    }

    private void compare() {
        HubRepo target;
        try {
            target = HubRepo.parse(repo.getText().strip());
        } catch (IllegalArgumentException e) {
            status.setText(Messages.get("publish.badRepository", repo.getText().strip()));
            return;
        }
        reset();
        status.setText(Messages.get("publish.comparing", target));
        compare.setDisable(true);
        executor.execute(() -> publication.plan(card, base, target), p -> {
            compare.setDisable(false);
            plan.set(p);
            diff.getItems().setAll(lines(p));
            if (p.changes().isEmpty()) {
                status.setText(Messages.get("publish.nothing", p.repo()));
            } else if (p.remoteMoved()) {
                status.setText(Messages.get("publish.moved", p.repo(), shortSha(p.pulledAt()), shortSha(p.remoteSha())));
                force.setVisible(true);
                force.setManaged(true);
            } else {
                status.setText(Messages.get("publish.ready", p.changes().size(), p.repo()));
            }
            updateConfirm();
        }, error -> {
            compare.setDisable(false);
            status.setText(problem(error));
        });
    }

    private void publish() {
        Publication.Plan p = plan.get();
        confirm.setDisable(true);
        compare.setDisable(true);
        status.setText(Messages.get("publish.publishing", p.repo()));
        String summary = message.getText().isBlank() ? "Update model card" : message.getText().strip();
        executor.execute(() -> publication.publish(p, summary, "", pullRequest.isSelected()), r -> {
            result.set(r);
            compare.setDisable(false);
            status.setText(r.pullRequestUrl() != null ? Messages.get("publish.openedPr", r.pullRequestUrl())
                    : Messages.get("publish.committed", r.commitUrl()));
            updateConfirm();
        }, error -> {
            compare.setDisable(false);
            status.setText(problem(error));
            updateConfirm();
        });
    }

    private static String problem(Throwable error) {
        return Messages.get("publish.failed", error instanceof HubException ? error.getMessage() : String.valueOf(error));
    }

    /** File headers, then each file's diff lines, as the list shows them. */
    private static List<String> lines(Publication.Plan p) {
        List<String> out = new ArrayList<>();
        for (Publication.Change c : p.changes()) {
            out.add((c.isNew() ? "new file " : "changed ") + c.path());
            out.addAll(c.diff());
        }
        return out;
    }

    private static String shortSha(String sha) {
        return sha == null ? "?" : sha.substring(0, Math.min(7, sha.length()));
    }

    /** The last plan compared (null before Compare, or after the repository was changed). */
    public ObjectProperty<Publication.Plan> planProperty() {
        return plan;
    }

    /** The commit made by Publish, or null. */
    public ObjectProperty<HubClient.CommitResult> resultProperty() {
        return result;
    }

    /** Colours the lines of a unified diff: added green, removed red, hunk headers and file names muted. */
    private static final class DiffCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("diff-add", "diff-remove", "diff-hunk", "diff-file");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item);
            setStyle("-fx-font-family: monospace; -fx-padding: 1 8;");
            if (item.startsWith("+")) {
                getStyleClass().add("diff-add");
                setStyle("-fx-font-family: monospace; -fx-padding: 1 8; -fx-background-color: rgba(46,160,67,0.18);");
            } else if (item.startsWith("-")) {
                getStyleClass().add("diff-remove");
                setStyle("-fx-font-family: monospace; -fx-padding: 1 8; -fx-background-color: rgba(248,81,73,0.18);");
            } else if (item.startsWith("@@")) {
                getStyleClass().add("diff-hunk");
                setStyle("-fx-font-family: monospace; -fx-padding: 1 8; -fx-opacity: 0.7;");
            } else if (!item.startsWith(" ")) {
                getStyleClass().add("diff-file");
                setStyle("-fx-font-family: monospace; -fx-padding: 1 8; -fx-font-weight: bold;");
            }
        }
    }
}
