package dev.cardwright.ui.external;

import dev.cardwright.ui.common.DiffList;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.ToolWindow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The bar over the form when the open file changed on disk: what happened, and Reload / Keep mine / Compare. */
public final class ExternalChangeBar {
    private final HBox node;
    private final Label message = new Label();
    private final Button reload = new Button();
    private final Button keepMine = new Button();
    private final Button compare = new Button();
    private final ExternalChanges changes;

    public ExternalChangeBar(ExternalChanges changes, Window owner) {
        this.changes = changes;
        message.setId("external-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        reload.setId("external-reload");
        keepMine.setId("external-keep");
        compare.setId("external-compare");
        reload.setOnAction(e -> changes.reload());
        keepMine.setOnAction(e -> changes.keepMine());
        compare.setOnAction(e -> showComparison(changes, owner));
        node = new HBox(8, message, reload, keepMine, compare);
        node.setId("external-bar");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(6, 10, 6, 10));
        // the warning colour of the Hub's banners, translucent so it reads on both themes
        node.setStyle("-fx-background-color: rgba(234,179,8,0.22);");
        changes.stateProperty().addListener((obs, old, now) -> show(changes));
        relabel();
    }

    /** The buttons and the message from the bundles again: the UI language was switched. */
    public void relabel() {
        reload.setText(Messages.get("external.reload"));
        keepMine.setText(Messages.get("external.keepMine"));
        compare.setText(Messages.get("external.compare"));
        show(changes);
    }

    public Node node() {
        return node;
    }

    private void show(ExternalChanges changes) {
        ExternalChanges.State state = changes.stateProperty().get();
        boolean visible = state != ExternalChanges.State.NONE;
        node.setVisible(visible);
        node.setManaged(visible);
        String name = changes.watchedFile().map(p -> p.getFileName().toString()).orElse("");
        message.setText(state == ExternalChanges.State.DELETED ? Messages.get("external.deleted", name) : Messages.get("external.changed", name));
        reload.setDisable(state == ExternalChanges.State.DELETED);
    }

    private static void showComparison(ExternalChanges changes, Window owner) {
        java.util.List<String> lines = changes.comparison();
        ToolWindow.show(owner, () -> Messages.get("external.compare.title", changes.watchedFile().map(Object::toString).orElse("")), () -> {
            DiffList diff = new DiffList(lines);
            diff.node().setId("external-diff");
            Label legend = new Label(Messages.get("external.compare.legend"));
            VBox content = new VBox(6, legend, diff.node());
            content.setPadding(new Insets(8));
            return content;
        }, 820, 520);
    }
}
