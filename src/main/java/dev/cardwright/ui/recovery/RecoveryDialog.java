package dev.cardwright.ui.recovery;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import dev.cardwright.ui.common.DiffList;
import dev.cardwright.ui.common.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks about one recovered document, showing what it changes in the file on disk. */
public final class RecoveryDialog implements RecoveryOffer.Prompt {
    private final Window owner;

    public RecoveryDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public RecoveryOffer.Choice ask(String documentName, Instant written, List<String> diff) {
        ButtonType restore = new ButtonType(Messages.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(Messages.get("recovery.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(Messages.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("recovery.title"));
        dialog.setResizable(true);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Messages.locale())
                .format(written.atZone(ZoneId.systemDefault()));
        Label message = new Label(Messages.get("recovery.message", documentName, when));
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines, never an ellipsis
        message.setId("recovery-message");
        DiffList differences = new DiffList(diff.isEmpty() ? List.of(Messages.get("recovery.same")) : diff);
        differences.node().setId("recovery-diff");
        VBox content = new VBox(8, message, differences.node());
        content.setPrefSize(760, 460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(restore, discard, later);
        dialog.getDialogPane().lookupButton(restore).setId("recovery-restore");
        dialog.getDialogPane().lookupButton(discard).setId("recovery-discard");
        dialog.getDialogPane().lookupButton(later).setId("recovery-later");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType chosen = dialog.showAndWait().orElse(later);
        return chosen == restore ? RecoveryOffer.Choice.RESTORE : chosen == discard ? RecoveryOffer.Choice.DISCARD : RecoveryOffer.Choice.LATER;
    }
}
