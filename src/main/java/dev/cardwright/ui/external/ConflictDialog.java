package dev.cardwright.ui.external;

import java.nio.file.Path;

import dev.cardwright.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before a save would overwrite a change someone else made to the file. */
public final class ConflictDialog implements ExternalChanges.Conflict {
    private final Window owner;

    public ConflictDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean overwrite(Path file) {
        ButtonType keep = new ButtonType(Messages.get("external.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("external.conflict.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.get("external.conflict.message", file.getFileName()), keep, cancel);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("external.conflict.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().lookupButton(keep).setId("conflict-keep");
        alert.getDialogPane().lookupButton(cancel).setId("conflict-cancel");
        // the safe answer is the default: Enter must not overwrite someone's work
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().orElse(cancel) == keep;
    }
}
