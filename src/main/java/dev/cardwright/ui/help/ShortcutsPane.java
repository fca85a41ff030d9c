package dev.cardwright.ui.help;

import java.util.List;
import java.util.Locale;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.ToolWindow;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts: every action of the window with its keys, made from the action
 * registry (so it never lists a shortcut the menus do not have), searchable by name or key.
 */
public final class ShortcutsPane extends VBox {
    private final TextField search = new TextField();
    private final FilteredList<Shortcut> shown;

    public ShortcutsPane(List<Shortcut> shortcuts) {
        setSpacing(8);
        setPadding(new Insets(12));
        setId("shortcuts");
        shown = new FilteredList<>(FXCollections.observableArrayList(shortcuts));
        search.setId("shortcuts-search");
        search.setPromptText(Messages.get("help.shortcuts.search"));
        search.setAccessibleText(Messages.get("help.shortcuts.search"));
        search.textProperty().addListener((obs, old, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : s -> s.action().toLowerCase(Locale.ROOT).contains(q)
                    || s.keys().toLowerCase(Locale.ROOT).replace(" ", "").contains(q.replace(" ", "")));
        });
        TableView<Shortcut> table = new TableView<>(shown);
        table.setId("shortcuts-table");
        table.setPlaceholder(new Label(Messages.get("help.shortcuts.none")));
        TableColumn<Shortcut, String> action = new TableColumn<>(Messages.get("help.shortcuts.action"));
        action.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().action()));
        action.setPrefWidth(300);
        TableColumn<Shortcut, String> keys = new TableColumn<>(Messages.get("help.shortcuts.keys"));
        keys.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().keys()));
        keys.setPrefWidth(160);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(search, table);
    }

    /** {@code shortcuts} is asked again when the UI language is switched, for the actions' new names. */
    public static void show(Window owner, java.util.function.Supplier<List<Shortcut>> shortcuts) {
        ShortcutsPane[] pane = new ShortcutsPane[1];
        ToolWindow.show(owner, () -> Messages.get("help.shortcuts.title"), () -> pane[0] = new ShortcutsPane(shortcuts.get()), 520, 560);
        pane[0].search.requestFocus();
    }
}
