package dev.cardwright.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.cardwright.card.Card;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.dialog.FxDialogService;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.ui.preview.LinkOpener;
import dev.cardwright.ui.preview.WebViewPreview;
import dev.cardwright.ui.task.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The editor application. Arguments: a file to open (card source or README), or
 * {@code --measure-startup} (prints {@code startup_ms: N}, from JVM start to the first window
 * shown with the sample card, and exits), {@code --measure-open FILE} ({@link OpenMeasurement})
 * or {@code --measure-preview FILE|DIR}.
 */
public final class CardwrightApp extends Application {
    private MainWindow window;

    public static void launchApp(String[] args) {
        Preload.start();
        Application.launch(CardwrightApp.class, args);
    }

    /** The window's parts as the application uses them; tests build their own. */
    public static MainWindow.Parts defaultParts(Application app) {
        LinkOpener links = LinkOpener.of(app.getHostServices());
        return new MainWindow.Parts(new HubCardStore(), Integration.sectionGuide(), Integration.checker(), Integration::vocabularies,
                new FxTaskExecutor(), Preload.prefs(), () -> new WebViewPreview(links), FxDialogService::new);
    }

    @Override
    public void start(Stage stage) throws Exception {
        // The UI language is chosen before any string is fetched; a change applies at the next start.
        Messages.setLocale(Preload.prefs().uiLocale());
        List<String> args = getParameters().getRaw();
        if (args.size() >= 2 && args.get(0).equals("--measure-preview")) {
            measurePreview(stage, Path.of(args.get(1)));
            return;
        }
        boolean measureStartup = args.contains("--measure-startup");
        Path measureOpen = args.size() >= 2 && args.get(0).equals("--measure-open") ? Path.of(args.get(1)) : null;
        trace("start");
        // The theme's stylesheet before the first control exists: Control's class initializer
        // loads JavaFX's own default (Modena, ~200 KB) only when no stylesheet is set yet.
        Theme.of(Preload.prefs().themeProperty().get()).apply(null);
        Preload.warmEditorControls();
        window = new MainWindow(stage, defaultParts(this));
        trace("window built");
        Path file = measureOpen != null ? null : args.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
        if (measureStartup) {
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms: " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }));
        }
        Card sample = Preload.sample();
        trace("sample read");
        // The sample opens on a section with guidance, fields and text: the whole form at a glance.
        window.show(sample, null, "kestrel-notes.card.yaml", sample.findSection("model-details.description").orElse(null));
        trace("shown");
        if (file == null && measureOpen == null && !measureStartup) {
            window.welcomeIfFirstRun();
        }
        if (file != null && Files.exists(file)) {
            window.open(file);
        } else if (file != null) {
            System.err.println(file + ":1:1: no such file");
        }
        if (!measureStartup && measureOpen == null) {
            // after the window is up, so the dialog has an owner to sit on
            Platform.runLater(window::offerRecovery);
        }
        if (!measureStartup) {
            // WebKit starts slowly: create the preview once the window is on screen.
            Platform.runLater(window::attachPreview);
        }
        if (measureOpen != null) {
            OpenMeasurement.after(stage.getScene(), window::open, measureOpen,
                    () -> window.navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        }
    }

    static void trace(String what) {
        if (Boolean.getBoolean("cardwright.trace")) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            System.err.println("trace " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms: " + what
                    + " [" + Thread.currentThread().getName() + " cpu " + cpu + " ms]");
        }
    }

    private void measurePreview(Stage stage, Path file) {
        dev.cardwright.ui.preview.PreviewMeasurement.run(stage, file);
    }
}
