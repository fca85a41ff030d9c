package dev.cardwright.ui.translate;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.cardwright.translate.LanguageTag;
import dev.cardwright.ui.common.Messages;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Starting a translation into a new language: an explicit step with its own dialog, never a side
 * effect of the language box. A list of the languages model cards are most often translated into
 * (with their names in the UI's language), filtered by what is typed, and a field for any BCP 47
 * tag, checked as it is typed ({@link LanguageTag}: {@code cn} is refused with "did you mean
 * 'zh'?"). Create is enabled only for a valid tag the card does not have yet.
 */
final class NewLanguageDialog extends Dialog<String> {
    /** Languages offered first: those model cards on the Hub are most often translated into. */
    private static final List<String> COMMON = List.of("zh", "zh-CN", "zh-TW", "zh-Hans", "zh-Hant", "ja", "ko", "en",
            "fr", "de", "es", "pt-BR", "ru", "ar", "vi", "th", "id", "it", "tr", "hi");

    private final TextField tag = new TextField();
    private final Label check = new Label();

    NewLanguageDialog(Window owner, Collection<String> existing) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(Messages.get("translate.newLanguage.title"));
        setHeaderText(Messages.get("translate.newLanguage.header"));
        ButtonType create = new ButtonType(Messages.get("translate.newLanguage.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(create, cancel);
        getDialogPane().lookupButton(create).setId("new-language-create");

        tag.setId("new-language-tag");
        tag.setPromptText(Messages.get("translate.newLanguage.prompt"));
        tag.setAccessibleText(Messages.get("translate.newLanguage.prompt"));
        check.setId("new-language-check");
        check.setWrapText(true);
        FilteredList<String> offered = new FilteredList<>(FXCollections.observableArrayList(COMMON));
        ListView<String> list = new ListView<>(offered);
        list.setId("new-language-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : displayName(item) + "  (" + item + ")");
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(tag.getText())) {
                tag.setText(now);
            }
        });
        tag.textProperty().addListener((obs, old, now) -> {
            String typed = now.strip().toLowerCase(Locale.ROOT);
            offered.setPredicate(t -> typed.isEmpty() || t.toLowerCase(Locale.ROOT).startsWith(typed)
                    || displayName(t).toLowerCase(Locale.ROOT).contains(typed));
            LanguageTag.Check c = LanguageTag.check(now);
            boolean taken = c.ok() && existing.contains(c.tag());
            check.setText(now.isBlank() ? "" : !c.ok() ? c.message()
                    : taken ? Messages.get("translate.newLanguage.exists", displayName(c.tag()))
                    : Messages.get("translate.newLanguage.confirm", displayName(c.tag()), c.tag()));
            getDialogPane().lookupButton(create).setDisable(!c.ok() || taken);
        });
        getDialogPane().lookupButton(create).setDisable(true);
        getDialogPane().setContent(new VBox(8, tag, list, check));
        setResultConverter(b -> b == create ? LanguageTag.check(tag.getText()).tag() : null);
        setOnShown(e -> tag.requestFocus());
    }

    /** A tag's name in the UI's language ("日语", "Japanese"); the tag itself when Java has no name for it. */
    static String displayName(String tag) {
        Locale ui = Messages.locale().getLanguage().isEmpty() ? Locale.ENGLISH : Messages.locale();
        String name = Locale.forLanguageTag(tag).getDisplayName(ui);
        return name.isEmpty() ? tag : name;
    }

    static Optional<String> ask(Window owner, Collection<String> existing) {
        return new NewLanguageDialog(owner, existing).showAndWait();
    }
}
