package dev.cardwright.ui.navigator;

import java.util.function.Consumer;
import java.util.function.Function;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.section.SectionState;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import java.util.function.BiConsumer;
import dev.cardwright.ui.section.SectionTitle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The card's outline: metadata first, then the section tree, each with a marker (empty, filled,
 * has problems), and the completeness score above it.
 */
public final class NavigatorView extends VBox {
    private final TreeView<NavEntry> tree = new TreeView<>();
    private final ProgressBar completenessBar = new ProgressBar(0);
    private final Label completenessText = new Label();
    private BiConsumer<Section, String> renamer;
    private Function<Section, SectionState> stateOf = s -> SectionState.of(s, false);
    private Card card;
    private final ListChangeListener<Section> rebuild = c -> rebuild();
    /** Shows only the sections of one role (issue 15, docs/roles.md); null shows all. */
    private final javafx.scene.control.ComboBox<dev.cardwright.card.Role> roleFilter = new javafx.scene.control.ComboBox<>();
    private final javafx.collections.MapChangeListener<String, dev.cardwright.card.RoleAssignment> rolesChanged = c -> rebuild();

    public NavigatorView() {
        getStyleClass().add("navigator");
        setSpacing(6);
        setPadding(new Insets(10, 6, 6, 6));
        heading.setText(Messages.get("navigator.title"));
        heading.getStyleClass().add("navigator-heading");
        completenessBar.setId("completeness-bar");
        completenessBar.setAccessibleText(Messages.get("navigator.completeness.accessible"));
        completenessBar.setMaxWidth(Double.MAX_VALUE);
        completenessBar.getStyleClass().add(StyleClasses.SMALL);
        HBox.setHgrow(completenessBar, Priority.ALWAYS);
        completenessText.setId("completeness-text");
        completenessText.setLabelFor(completenessBar);
        completenessText.getStyleClass().add(StyleClasses.TEXT_SMALL);
        // the bar gives way in a narrow navigator, never the score ("完成度 8…" said nothing)
        completenessText.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        completenessBar.setMinWidth(24);
        HBox score = new HBox(8, completenessText, completenessBar);
        score.setPadding(new Insets(0, 4, 4, 4));
        score.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        tree.setId("navigator-tree");
        tree.setAccessibleText(Messages.get("navigator.title"));
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        roleFilter.setId("navigator-role-filter");
        roleFilter.getItems().add(null);
        roleFilter.getItems().addAll(dev.cardwright.card.Role.values());
        roleFilter.setAccessibleText(Messages.get("roles.role"));
        roleFilter.setMaxWidth(Double.MAX_VALUE);
        roleFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(dev.cardwright.card.Role r) {
                return r == null ? Messages.get("roles.filter.all") : dev.cardwright.ui.role.RolePane.name(r);
            }

            @Override
            public dev.cardwright.card.Role fromString(String text) {
                return null;
            }
        });
        roleFilter.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(dev.cardwright.card.Role r, boolean empty) {
                super.updateItem(r, empty);
                setText(roleFilter.getConverter().toString(r));
            }
        });
        roleFilter.valueProperty().addListener((o, was, now) -> rebuild());
        roleLabel.setText(Messages.get("roles.role"));
        roleLabel.setLabelFor(roleFilter);
        roleLabel.getStyleClass().add(StyleClasses.TEXT_SMALL);
        roleLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the combo box gives way, never the label ("…")
        HBox.setHgrow(roleFilter, Priority.ALWAYS);
        HBox roles = new HBox(8, roleLabel, roleFilter);
        roles.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        roles.setPadding(new Insets(0, 4, 0, 4));
        getChildren().addAll(heading, score, roles, tree);
        setCompleteness(0);
    }

    public TreeView<NavEntry> tree() { return tree; }

    private final Label heading = new Label();
    private final Label roleLabel = new Label();

    /** Takes the strings again from the bundle (the UI language was switched). */
    public void relabel() {
        heading.setText(Messages.get("navigator.title"));
        roleLabel.setText(Messages.get("roles.role"));
        tree.setAccessibleText(Messages.get("navigator.title"));
        if (roleFilter.getButtonCell() != null) {
            roleFilter.getButtonCell().setText(roleFilter.getConverter().toString(roleFilter.getValue()));
        }
        setCompleteness(completenessBar.getProgress());
        tree.refresh();
    }

    public void setStateFunction(Function<Section, SectionState> stateOf) {
        this.stateOf = stateOf;
        tree.refresh();
    }

    public void setCompleteness(double value) {
        completenessBar.setProgress(value);
        completenessText.setText(Messages.get("navigator.completeness", Math.round(value * 100)));
    }

    /** Clears the score of the card before and says that this one is being checked (issue 10, defect 8). */
    public void showChecking() {
        completenessBar.setProgress(0);
        completenessText.setText(Messages.get("navigator.completeness.checking"));
    }

    /** Shows {@code newCard}'s outline and keeps it in step with the card's section lists. */
    public void setCard(Card newCard) {
        if (card != null) {
            unwatch(card.getSections());
            card.getRoles().removeListener(rolesChanged);
        }
        card = newCard;
        watch(card.getSections());
        card.getRoles().addListener(rolesChanged);
        rebuild();
    }

    private void watch(ObservableList<Section> list) {
        list.addListener(rebuild);
        list.forEach(s -> watch(s.getChildren()));
    }

    private void unwatch(ObservableList<Section> list) {
        list.removeListener(rebuild);
        list.forEach(s -> unwatch(s.getChildren()));
    }

    private void rebuild() {
        NavEntry selected = selected();
        unwatch(card.getSections());
        watch(card.getSections());
        TreeItem<NavEntry> root = new TreeItem<>();
        root.getChildren().add(new TreeItem<>(NavEntry.METADATA));
        if (!card.getPreamble().isBlank()) {
            root.getChildren().add(new TreeItem<>(NavEntry.PREAMBLE));
        }
        for (Section s : card.getSections()) {
            TreeItem<NavEntry> item = item(s);
            if (item != null) {
                root.getChildren().add(item);
            }
        }
        tree.setRoot(root);
        if (selected != null) {
            select(selected);
        }
    }

    /** A section's tree item; null when a role is filtered on and neither it nor a subsection has that role. */
    private TreeItem<NavEntry> item(Section s) {
        TreeItem<NavEntry> item = new TreeItem<>(NavEntry.of(s));
        item.setExpanded(true);
        for (Section c : s.getChildren()) {
            TreeItem<NavEntry> child = item(c);
            if (child != null) {
                item.getChildren().add(child);
            }
        }
        dev.cardwright.card.Role only = roleFilter.getValue();
        if (only != null && card.roleOf(s).role() != only && item.getChildren().isEmpty()) {
            return null;
        }
        return item;
    }

    public NavEntry selected() {
        TreeItem<NavEntry> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    public void onSelect(Consumer<NavEntry> listener) {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                listener.accept(now.getValue());
            }
        });
    }

    /** Selects the row of {@code entry} (when it is in the tree). */
    public void select(NavEntry entry) {
        TreeItem<NavEntry> found = find(tree.getRoot(), entry);
        if (found != null) {
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<NavEntry> find(TreeItem<NavEntry> item, NavEntry entry) {
        if (item == null) {
            return null;
        }
        if (entry.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<NavEntry> c : item.getChildren()) {
            TreeItem<NavEntry> f = find(c, entry);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    public void refreshStates() {
        tree.refresh();
    }

    /**
     * Lets the outline rename sections in place: F2 (or a slow second click) on a section's entry
     * edits its title; Enter or leaving the field renames it through {@code renamer}, Escape
     * does not. Without a renamer the outline is read-only.
     */
    public void setRenamer(BiConsumer<Section, String> renamer) {
        this.renamer = renamer;
        tree.setEditable(renamer != null);
    }

    private final class EntryCell extends TreeCell<NavEntry> {
        private TextField editor;
        private boolean ending;

        @Override
        public void startEdit() {
            NavEntry entry = getItem();
            if (renamer == null || entry == null || entry.kind() != NavEntry.Kind.SECTION) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            Section section = entry.section();
            editor = new TextField(SectionTitle.of(section).text());
            editor.setId("navigator-rename");
            editor.setAccessibleText(Messages.get("navigator.rename.accessible"));
            editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    finish(section, true);
                    e.consume();
                } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    finish(section, false);
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing()) {
                    finish(section, true);
                }
            });
            textProperty().unbind();
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        private void finish(Section section, boolean keep) {
            if (ending) {
                return;
            }
            ending = true;
            try {
                String title = editor.getText().strip();
                cancelEdit();
                if (keep && !title.isEmpty() && !title.equals(SectionTitle.of(section).text())) {
                    renamer.accept(section, SectionTitle.of(section).optional() ? title + " [optional]" : title);
                }
                tree.requestFocus();
            } finally {
                ending = false;
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            updateItem(getItem(), getItem() == null);
        }

        @Override
        protected void updateItem(NavEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (isEditing() && editor != null) {
                return;
            }
            getStyleClass().removeAll("state-empty", "state-filled", "state-problems");
            textProperty().unbind();
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            switch (entry.kind()) {
                case METADATA -> {
                    setText(Messages.get("navigator.metadata"));
                    setGraphic(new FontIcon(Feather.TAG));
                }
                case PREAMBLE -> {
                    setText(Messages.get("navigator.preamble"));
                    setGraphic(new FontIcon(Feather.ALIGN_LEFT));
                }
                case SECTION -> {
                    Section section = entry.section();
                    SectionTitle title = SectionTitle.of(section);
                    javafx.beans.binding.StringBinding shown = javafx.beans.binding.Bindings.createStringBinding(
                            () -> SectionTitle.of(section).text(), section.titleProperty(), section.headingProperty());
                    textProperty().bind(shown);
                    SectionState state = stateOf.apply(entry.section());
                    FontIcon icon = new FontIcon(switch (state) {
                        case EMPTY -> Feather.CIRCLE;
                        case FILLED -> Feather.CHECK_CIRCLE;
                        case PROBLEMS -> Feather.ALERT_TRIANGLE;
                    });
                    icon.getStyleClass().add("marker");
                    getStyleClass().add("state-" + state.name().toLowerCase(java.util.Locale.ROOT));
                    setGraphic(icon);
                    if (title.optional()) {
                        // the badge after the title: the cell draws its graphic first, so both go in the graphic
                        Label text = new Label();
                        text.textProperty().bind(shown);
                        text.getStyleClass().add("entry-title");
                        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, icon, text, SectionTitle.badge());
                        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                        textProperty().unbind();
                        setText(null);
                        setGraphic(box);
                    }
                    setAccessibleText(entry.section().getTitle() + ", " + switch (state) {
                        case EMPTY -> Messages.get("navigator.state.empty");
                        case FILLED -> Messages.get("navigator.state.filled");
                        case PROBLEMS -> Messages.get("navigator.state.problems");
                    });
                }
            }
        }
    }
}
