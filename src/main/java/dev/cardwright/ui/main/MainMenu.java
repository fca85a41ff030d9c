package dev.cardwright.ui.main;

import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.StyleClasses;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The menu bar and the toolbar, laid out from action ids ({@code "-"} is a separator), plus the
 * two view toggles (preview, dark theme) bound to the properties they switch.
 */
public final class MainMenu {
    private static final String SEPARATOR = "-";

    private final Actions actions;
    private final Menu recentMenu = new Menu(Messages.get("menu.recent"));
    private final VBox node;

    /**
     * @param recent       the recent files, newest first; the menu follows the list
     * @param openRecent   opens one of them
     * @param language     the chosen interface language ("" for the system's)
     * @param languageSet  told when the user picks another language (the window then relabels itself)
     */
    public MainMenu(Actions actions, BooleanProperty previewShown, BooleanProperty dark, ObservableList<Path> recent,
            Consumer<Path> openRecent, StringProperty language, Runnable languageSet) {
        this.actions = actions;
        recentMenu.setId("menu-recent");
        CheckMenuItem previewItem = toggle("menu-toggle-preview", Messages.get("action.togglePreview"), Feather.EYE,
                "Shortcut+Shift+P", previewShown);
        CheckMenuItem darkItem = toggle("menu-dark-theme", Messages.get("action.darkTheme"), Feather.MOON, "Shortcut+Shift+D", dark);

        Menu file = menu("menu-file", Messages.get("menu.file"), "new-model", "new-dataset", "new-template", SEPARATOR,
                "open", "open-folder", "open-hub", recentMenu, SEPARATOR, "save", "save-as", "export", "publish", "revert", SEPARATOR, "import-translation",
                "export-xliff", "import-xliff", SEPARATOR, "quit");
        Menu edit = menu("menu-edit", Messages.get("menu.edit"), "undo", "redo", SEPARATOR, "cut", "copy", "paste", "select-all",
                SEPARATOR, "find", "replace", "find-next", "find-previous", SEPARATOR, formatMenu(), SEPARATOR, "add-section",
                "rename-section", "move-up", "move-down", "remove-section");
        Menu view = menu("menu-view", Messages.get("menu.view"), previewItem, darkItem, languageMenu(language, languageSet),
                SEPARATOR, "go-metadata", "focus-navigator", "problems", SEPARATOR, "translations");
        viewMenu = view;
        fileMenu = file;
        Menu tools = menu("menu-tools", Messages.get("menu.tools"), "modelscope", "carbon", "citation", SEPARATOR, "roles",
                SEPARATOR, "results-table-text", "draft-get-started");
        Menu help = menu("menu-help", Messages.get("menu.help"), "getting-started", "shortcuts", SEPARATOR, "about");
        MenuBar menuBar = new MenuBar(file, edit, view, tools, help);
        menuBar.setUseSystemMenuBar(true);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar();
        toolBar.setId("toolbar");
        for (String id : List.of("new-model", "open", "save", "export", SEPARATOR, "undo", "redo", SEPARATOR,
                "add-section", "move-up", "move-down", "remove-section")) {
            toolBar.getItems().add(id.equals(SEPARATOR) ? new Separator(Orientation.VERTICAL) : actions.get(id).button());
        }
        toolBar.getItems().addAll(spacer, actions.get("problems").button(),
                toggleButton("tool-toggle-preview", Feather.COLUMNS, previewItem), toggleButton("tool-dark-theme", Feather.MOON, darkItem));
        node = new VBox(menuBar, toolBar);

        fillRecent(recent, openRecent);
        recent.addListener((ListChangeListener<Path>) c -> fillRecent(recent, openRecent));
    }

    public Node node() {
        return node;
    }

    private Menu viewMenu;
    private Menu fileMenu;

    /** A check item in the File menu, after Revert (issue 12: keep a backup when saving). */
    public CheckMenuItem addFileToggle(String id, String text, Ikon icon, BooleanProperty state) {
        CheckMenuItem item = toggle(id, text, icon, null, state);
        int at = fileMenu.getItems().size() - 1;
        for (int i = 0; i < fileMenu.getItems().size(); i++) {
            if ("menu-revert".equals(fileMenu.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        fileMenu.getItems().add(at, item);
        return item;
    }

    /** A check item in the View menu, after the preview's own (issue 12: remote images). */
    public CheckMenuItem addViewToggle(String id, String text, Ikon icon, BooleanProperty state) {
        CheckMenuItem item = toggle(id, text, icon, null, state);
        viewMenu.getItems().add(1, item);
        return item;
    }

    /** Edit ▸ Format: the section text's Markdown toolbar, with its shortcuts. */
    private Menu formatMenu() {
        return menu("menu-format", Messages.get("menu.format"), java.util.Arrays.stream(dev.cardwright.ui.section.MarkdownFormat.Kind.values())
                .map(EditActions::formatId).toArray());
    }

    /** A menu of action ids, separators and ready-made items. */
    private Menu menu(String id, String text, Object... entries) {
        Menu menu = new Menu(text);
        menu.setId(id);
        for (Object e : entries) {
            menu.getItems().add(e instanceof MenuItem item ? item
                    : SEPARATOR.equals(e) ? new SeparatorMenuItem() : actions.get((String) e).menuItem());
        }
        return menu;
    }

    private static CheckMenuItem toggle(String id, String text, Ikon icon, String accelerator, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text, new FontIcon(icon));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    private static Button toggleButton(String id, Ikon icon, CheckMenuItem item) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(StyleClasses.FLAT, StyleClasses.BUTTON_ICON);
        button.setAccessibleText(item.getText());
        button.setTooltip(new Tooltip(item.getText() + "  (" + item.getAccelerator().getDisplayText() + ")"));
        button.setOnAction(e -> item.setSelected(!item.isSelected()));
        return button;
    }

    private void fillRecent(List<Path> recent, Consumer<Path> open) {
        recentMenu.getItems().clear();
        int n = 1;
        for (Path p : recent) {
            MenuItem item = new MenuItem((n <= 9 ? "_" + n + "  " : "") + p.getFileName() + "  —  " + p.getParent());
            item.setId("menu-recent-" + n);
            item.setOnAction(e -> open.accept(p));
            recentMenu.getItems().add(item);
            n++;
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    /**
     * View ▸ Language: the system's language, English or Simplified Chinese. The choice is stored
     * and applied at once (the window builds its menus and panes again).
     */
    private static Menu languageMenu(StringProperty language, Runnable languageSet) {
        Menu menu = new Menu(Messages.get("menu.language"), new FontIcon(Feather.GLOBE));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        String current = language.get() == null ? "" : language.get();
        String[][] choices = {{"", Messages.get("language.system")}, {"en", Messages.get("language.english")},
                {"zh-CN", Messages.get("language.chinese")}};
        for (String[] choice : choices) {
            RadioMenuItem item = new RadioMenuItem(choice[1]);
            item.setId("menu-language-" + (choice[0].isEmpty() ? "system" : choice[0]));
            item.setToggleGroup(group);
            item.setSelected(choice[0].equals(current));
            item.setOnAction(e -> {
                if (!choice[0].equals(language.get())) {
                    language.set(choice[0]);
                    languageSet.run();
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
