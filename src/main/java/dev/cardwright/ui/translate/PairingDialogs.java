package dev.cardwright.ui.translate;

import java.util.List;
import java.util.Optional;

import dev.cardwright.card.TranslationStatus;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.translate.TranslationViewModel.Row;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The questions re-pairing asks: which section's translation to pair with, and where the split-off part goes. */
final class PairingDialogs {
    private PairingDialogs() {
    }

    /** What a split needs: the heading of the part split off and the section it becomes the translation of. */
    record Split(String heading, Row into) {
    }

    /** "Source title — its translation's heading (status)": what a translator recognises a row by. */
    static String describe(Row r) {
        String title = r.source() == null ? Messages.get("translate.preamble") : r.sourceTitle();
        String heading = r.heading().replaceFirst("^#+\\s*", "").strip();
        String first = r.text().strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        String translated = heading.isEmpty() ? first : heading;
        if (translated.length() > 60) {
            translated = translated.substring(0, 60) + "…";
        }
        return title + (translated.isEmpty() ? "" : "  —  " + translated) + "  (" + TranslationView.statusLabel(r.status()) + ")";
    }

    /** Asks which other section's translation {@code row} should take (the two swap); {@code others} in the order to offer them. */
    static Optional<Row> pairWith(Window owner, Row row, List<Row> others) {
        Dialog<Row> d = dialog(owner, Messages.get("translate.pair.title"), Messages.get("translate.pair.header", row.sourceTitle()));
        ButtonType ok = new ButtonType(Messages.get("translate.pair.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel());
        d.getDialogPane().lookupButton(ok).setId("pair-ok");
        ListView<Row> list = new ListView<>();
        list.setId("pair-candidates");
        list.setAccessibleText(Messages.get("translate.pair.title"));
        list.getItems().setAll(others);
        list.setPrefSize(560, 300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
            }
        });
        d.getDialogPane().lookupButton(ok).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().setContent(list);
        d.setResultConverter(b -> b == ok ? list.getSelectionModel().getSelectedItem() : null);
        if (!others.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        d.setOnShown(e -> list.requestFocus());
        return d.showAndWait();
    }

    /**
     * Asks the heading of the part after the caret and the section it goes to (those without a
     * translation; the next one after {@code row} first).
     */
    static Optional<Split> split(Window owner, Row row, String suggestedHeading, List<Row> untranslated, Row suggested) {
        Dialog<Split> d = dialog(owner, Messages.get("translate.split.title"), Messages.get("translate.split.header", row.sourceTitle()));
        ButtonType ok = new ButtonType(Messages.get("translate.split.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, cancel());
        d.getDialogPane().lookupButton(ok).setId("split-ok");
        TextField heading = new TextField(suggestedHeading);
        heading.setId("split-heading");
        heading.setPromptText(Messages.get("translate.split.heading"));
        Label headingLabel = new Label(Messages.get("translate.split.heading"));
        headingLabel.setLabelFor(heading);
        ChoiceBox<Row> into = new ChoiceBox<>();
        into.setId("split-into");
        into.getItems().setAll(untranslated);
        into.setValue(suggested);
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(Row r) {
                return r == null ? "" : r.source() == null ? Messages.get("translate.preamble") : r.sourceTitle();
            }

            @Override
            public Row fromString(String s) {
                return null;
            }
        });
        Label intoLabel = new Label(Messages.get("translate.split.into"));
        intoLabel.setLabelFor(into);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(into.valueProperty().isNull());
        d.getDialogPane().setContent(new VBox(6, headingLabel, heading, intoLabel, into));
        d.setResultConverter(b -> b == ok ? new Split(heading.getText(), into.getValue()) : null);
        d.setOnShown(e -> heading.requestFocus());
        return d.showAndWait();
    }

    /** Rows a split can send text to: those without a translation. */
    static boolean open(Row r) {
        return r.status() == TranslationStatus.UNTRANSLATED;
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(title);
        d.setHeaderText(header);
        d.setResizable(true);
        return d;
    }

    private static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
