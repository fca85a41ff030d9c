package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.dialog.DialogService.UnsavedChoice;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.ui.navigator.NavEntry;
import dev.cardwright.ui.recovery.RecoveryFolder;
import dev.cardwright.ui.task.CurrentThreadTaskExecutor;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * issue 12, autosave and recovery: an editor in a separate process types into a section, its
 * journal is written, it is killed with SIGKILL; the next editor offers the edits with a diff,
 * Restore brings them back unsaved, and Save writes them. A clean close or a save leaves no journal.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {
    static final String SECTION = "model-details.description";
    static final String TYPED = "Typed before the crash.";
    /** The headless flags of the POM's surefire argLine, for the child editor. */
    private static final List<String> HEADLESS = List.of("-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
            "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true");

    @TempDir
    Path dir;

    private final Preferences prefsNode = Preferences.userRoot().node("dev/cardwright/test-recovery-" + System.nanoTime());
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private String previousFolder;
    private Path recovery;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage primary) throws Exception {
        // a stage of its own: the clean-close test closes it, and TestFX hands the primary stage to the next test class
        this.stage = new Stage();
        recovery = dir.resolve("recovery");
        previousFolder = System.getProperty(RecoveryFolder.PROPERTY);
        System.setProperty(RecoveryFolder.PROPERTY, recovery.toString());
        window = TestWindows.open(stage, prefsNode, new CurrentThreadTaskExecutor(), null, dialogs);
    }

    @AfterEach
    void clean() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(stage::close);
        prefsNode.removeNode();
        if (previousFolder == null) {
            System.clearProperty(RecoveryFolder.PROPERTY);
        } else {
            System.setProperty(RecoveryFolder.PROPERTY, previousFolder);
        }
    }

    /** Child editor: opens the card, types into a section through the robot, waits for the journal, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        Path card = Path.of(args[0]);
        Path folder = Path.of(System.getProperty(RecoveryFolder.PROPERTY));
        FxToolkit.registerPrimaryStage();
        MainWindow[] opened = new MainWindow[1];
        FxToolkit.setupStage(stage -> {
            try {
                opened[0] = TestWindows.open(stage, Preferences.userRoot().node("dev/cardwright/crash-child"), new CurrentThreadTaskExecutor(),
                        null, new ScriptedDialogs());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        MainWindow window = opened[0];
        FxRobot robot = new FxRobot();
        robot.interact(() -> window.open(card));
        Section section = window.document().getCard().findSection(SECTION).orElseThrow();
        robot.interact(() -> window.navigator().select(NavEntry.of(section)));
        robot.clickOn("#" + NodeIds.of("markdown", section.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" " + TYPED);
        // the card is written before its description: wait for both, and for no write in progress
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> journalText(folder).contains(TYPED)
                && !dev.cardwright.ui.recovery.Journal.list(folder).isEmpty() && names(folder).stream().noneMatch(n -> n.startsWith(".")));
        System.out.println("journaled");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static String journalText(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".card.yaml")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private Path sampleCardSource() throws IOException {
        Path card = dir.resolve("kestrel.card.yaml");
        CardSourceFile.write(new HubCardStore().sample(), card);
        return card;
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void editsOfAKilledEditorAreOfferedWithADiffRestoredAndSaved(FxRobot robot) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assumeTrue(classpath != null && classpath.contains("test-classes"), "needs the test classes on the class path");
        Path card = sampleCardSource();
        String before = Files.readString(card, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(HEADLESS);
        command.addAll(List.of("-Djava.util.prefs.userRoot=" + dir.resolve("child-prefs"), "-D" + RecoveryFolder.PROPERTY + "=" + recovery,
                "-Dcardwright.autosave.seconds=1", "-cp", classpath, CrashRecoveryTest.class.getName(), card.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("journaled")) {
                output.append(line).append('\n');
            }
            assertThat(line).as("the child editor journaled its edit; its output:\n%s", output).isEqualTo("journaled");
            child.destroyForcibly().waitFor(); // SIGKILL: no close handler, no shutdown hook runs
        }
        assertThat(Files.readString(card, StandardCharsets.UTF_8)).as("the killed editor never saved").isEqualTo(before);
        // a kill during a later journal write may leave its temporary (".NAME.PID.N.tmp"); the next write of that journal removes it
        assertThat(names(recovery)).filteredOn(n -> !n.startsWith(".")).hasSize(2).anyMatch(n -> n.endsWith(".card.yaml"))
                .anyMatch(n -> n.endsWith(".properties"));

        robot.interact(() -> javafx.application.Platform.runLater(window::offerRecovery));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#recovery-restore").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<String> diff = robot.lookup("#recovery-diff").queryAs(ListView.class);
        assertThat(diff.getItems()).anyMatch(l -> l.startsWith("+") && l.contains(TYPED)).anyMatch(l -> l.startsWith("@@"));
        // only the edited line differs: the rest of the card source is as on disk
        assertThat(diff.getItems()).filteredOn(l -> l.startsWith("+") && !l.substring(1).isBlank()).hasSize(1).allMatch(l -> l.contains(TYPED));
        assertThat(diff.getItems()).filteredOn(l -> l.startsWith("-") && !l.substring(1).isBlank()).hasSizeLessThanOrEqualTo(1);
        robot.clickOn("#recovery-restore");
        WaitForAsyncUtils.waitForFxEvents();

        Section restored = window.document().getCard().findSection(SECTION).orElseThrow();
        robot.interact(() -> window.navigator().select(NavEntry.of(restored)));
        String shown = window.sectionPane(restored).orElseThrow().markdown().area().getText();
        String original = CardSourceFile.read(card).findSection(SECTION).orElseThrow().getText();
        assertThat(shown).contains(" " + TYPED);
        assertThat(shown.replace(" " + TYPED, "").strip()).as("nothing else changed").isEqualTo(original.strip());
        assertThat(window.document().fileProperty().get()).isEqualTo(card);
        assertThat(stage.getTitle()).startsWith("• ");

        robot.clickOn("#" + NodeIds.of("markdown", restored.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String saved = Files.readString(card, StandardCharsets.UTF_8);
        assertThat(saved).contains(TYPED);
        assertThat(CardSourceFile.read(card).findSection(SECTION).orElseThrow().getText()).isEqualTo(shown);
        assertThat(stage.getTitle()).doesNotStartWith("• ");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> names(recovery).isEmpty());
    }

    @Test
    void aCleanCloseLeavesNoJournalAndNothingIsOffered(FxRobot robot) throws Exception {
        Path card = sampleCardSource();
        robot.interact(() -> window.open(card));
        Section section = window.document().getCard().findSection(SECTION).orElseThrow();
        robot.interact(() -> window.navigator().select(NavEntry.of(section)));
        robot.clickOn("#" + NodeIds.of("markdown", section.getId()));
        robot.write("abc");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> journalText(recovery).contains("abc"));
        dialogs.unsaved = UnsavedChoice.DISCARD;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).as("the close request closed the window").isFalse();
        assertThat(names(recovery)).isEmpty();
        assertThat(window.offerRecovery()).isFalse();
    }
}
