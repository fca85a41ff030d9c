package dev.cardwright.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import dev.cardwright.card.Section;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.yaml.CardSourceFile;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * Issue 14: the journal (a serialization of the whole card on the FX thread) is not written in
 * the middle of typing: a tick that finds an edit less than a second old waits for the pause,
 * unless the last journal is 30 seconds old. The clock is the test's.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveWhileTypingTest {
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private final HubCardStore store = new HubCardStore();
    private final DocumentViewModel document = new DocumentViewModel(store, new ScriptedDialogs());
    private final AtomicLong now = new AtomicLong(1000 * SECOND);
    private Autosave autosave;

    private void start(FxRobot robot) throws Exception {
        Path card = dir.resolve("k.card.yaml");
        CardSourceFile.write(store.sample(), card);
        autosave = new Autosave(document, dir.resolve("recovery"), Duration.hours(1), now::get);
        robot.interact(() -> {
            try {
                document.setCard(store.load(card), card, "k.card.yaml");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            autosave.start(new SimpleBooleanProperty(true));
        });
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> {
            Section s = document.getCard().findSection("model-details.description").orElseThrow();
            s.setText(s.getText() + text);
        });
    }

    private void tickAt(FxRobot robot, double seconds) {
        now.set(1000 * SECOND + (long) (seconds * SECOND));
        robot.interact(autosave::journalWhenQuiet);
    }

    @Test
    void aTickDuringTypingWaitsForThePause(FxRobot robot) throws Exception {
        start(robot);
        now.addAndGet(SECOND / 10);
        type(robot, "a");
        tickAt(robot, 0.5);
        assertThat(autosave.journaledRevision()).as("half a second after a keystroke").isEqualTo(-1);
        tickAt(robot, 1.2);
        assertThat(autosave.journaledRevision()).as("typing paused").isEqualTo(document.history().revisionProperty().get());
        robot.interact(autosave::stop);
    }

    @Test
    void typingWithoutPauseIsJournaledAfterThirtySeconds(FxRobot robot) throws Exception {
        start(robot);
        for (int s = 1; s < 30; s++) {
            now.set(1000 * SECOND + s * SECOND - SECOND / 5);
            type(robot, "x");
            tickAt(robot, s);
            assertThat(autosave.journaledRevision()).as("at %d s", s).isEqualTo(-1);
        }
        now.set(1000 * SECOND + 30 * SECOND);
        type(robot, "y");
        tickAt(robot, 30.1);
        assertThat(autosave.journaledRevision()).isEqualTo(document.history().revisionProperty().get());
        robot.interact(autosave::stop);
    }
}
