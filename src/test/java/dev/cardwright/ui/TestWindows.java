package dev.cardwright.ui;

import java.util.function.Supplier;
import java.util.prefs.Preferences;

import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.ui.prefs.WorkspacePreferences;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.stage.Stage;

/** The editor's main window as the window tests drive it: the real parts, on the built-in sample card. */
final class TestWindows {
    private TestWindows() {
    }

    /** Closes every window but {@code primary} (tool windows a test opened), so that the next test's lookups find none of their nodes. */
    static void closeOthers(Stage primary) {
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w != primary).forEach(javafx.stage.Window::hide));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a key combination as a person does (in order) and lets it up in reverse, then waits for the FX thread. */
    static void keys(org.testfx.api.FxRobot robot, javafx.scene.input.KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * View ▸ Language ▸ one of its entries. Monocle cannot click into a submenu's popup (TestFX
     * finds no scene for it), so the entry is fired as its click would.
     */
    static void pickLanguage(org.testfx.api.FxRobot robot, String tag) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-language".equals(i.getId())).map(i -> (javafx.scene.control.Menu) i)
                .flatMap(m -> m.getItems().stream()).filter(i -> ("menu-language-" + tag).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens the window at 1200x760 (Monocle's headless screen is 1280x800; a larger window overflows
     * its frame buffer). A null {@code preview} hides the preview and builds none.
     */
    static MainWindow open(Stage stage, Preferences node, TaskExecutor executor, Supplier<Preview> preview, DialogService dialogs) throws java.io.IOException {
        WorkspacePreferences prefs = new WorkspacePreferences(node);
        prefs.windowWidthProperty().set(1200);
        prefs.windowHeightProperty().set(760);
        if (preview == null) {
            prefs.previewVisibleProperty().set(false);
        }
        MainWindow.Parts parts = new MainWindow.Parts(new HubCardStore(), Integration.sectionGuide(), Integration.checker(),
                Integration::vocabularies, executor, prefs, preview == null ? () -> null : preview, s -> dialogs);
        MainWindow window = new MainWindow(stage, parts);
        window.show(new HubCardStore().sample(), null, "sample.card.yaml");
        return window;
    }
}
