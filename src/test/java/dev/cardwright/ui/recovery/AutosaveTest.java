package dev.cardwright.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Section;
import dev.cardwright.ui.dialog.ScriptedDialogs;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.document.HubCardStore;
import dev.cardwright.yaml.CardSourceFile;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/** issue 12: when the journal is written (focus loss, dirty) and when it goes (save, undo to the saved state, another card). */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {
    @TempDir
    Path dir;

    private final HubCardStore store = new HubCardStore();
    private final DocumentViewModel document = new DocumentViewModel(store, new ScriptedDialogs());
    private final SimpleBooleanProperty focused = new SimpleBooleanProperty(true);

    private Path recovery() {
        return dir.resolve("recovery");
    }

    private Autosave started(FxRobot robot, Path card) throws Exception {
        Autosave autosave = new Autosave(document, recovery(), Duration.hours(1)); // only focus and explicit calls write
        robot.interact(() -> {
            try {
                document.setCard(store.load(card), card, "k.card.yaml");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            autosave.start(focused);
        });
        return autosave;
    }

    private Path card() throws Exception {
        Path card = dir.resolve("k.card.yaml");
        CardSourceFile.write(store.sample(), card);
        return card;
    }

    private Section description() {
        return document.getCard().findSection("model-details.description").orElseThrow();
    }

    private List<Journal> journals() {
        return Journal.list(recovery());
    }

    @Test
    void losingFocusWithUnsavedEditsWritesTheJournalAndSavingRemovesIt(FxRobot robot) throws Exception {
        Path card = card();
        started(robot, card);
        robot.interact(() -> focused.set(false));
        assertThat(journals()).as("nothing unsaved, nothing journaled").isEmpty();
        robot.interact(() -> {
            focused.set(true);
            description().setText("Edited.\n");
            focused.set(false);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().size() == 1);
        Journal journal = journals().get(0);
        assertThat(journal.file()).isEqualTo(card.toAbsolutePath());
        assertThat(journal.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(journal.writerAlive()).isTrue();
        assertThat(Files.readString(journal.cardPath(), StandardCharsets.UTF_8)).contains("Edited.");
        robot.interact(() -> assertThat(document.save()).isTrue());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().isEmpty() && !Files.exists(journal.cardPath()));
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheJournal(FxRobot robot) throws Exception {
        Autosave autosave = started(robot, card());
        robot.interact(() -> {
            description().setText("Edited.\n");
            autosave.journalNow();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().size() == 1);
        robot.interact(document::undo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().isEmpty());
    }

    @Test
    void aRestoredJournalIsUnsavedAndKeptUnderTheSameNameUntilSaved(FxRobot robot) throws Exception {
        Path card = card();
        Autosave first = started(robot, card);
        robot.interact(() -> {
            description().setText("Edited.\n");
            first.journalNow();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().size() == 1);
        Journal left = journals().get(0);
        // a second editor (here the same process: the journal's writer counts as gone only through the offer's prompt)
        DocumentViewModel second = new DocumentViewModel(store, new ScriptedDialogs());
        Autosave secondAutosave = new Autosave(second, recovery(), Duration.hours(1));
        robot.interact(() -> {
            try {
                second.setCard(store.sample(), null, "sample.card.yaml");
                secondAutosave.start(new SimpleBooleanProperty(true));
                assertThat(second.restore(store.load(left.cardPath()), left.file(), left.importedFrom(), left.untitledName())).isTrue();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            secondAutosave.adopt(left);
        });
        assertThat(second.history().isDirty()).isTrue();
        assertThat(second.getCard().findSection("model-details.description").orElseThrow().getText()).isEqualTo("Edited.\n");
        assertThat(second.fileProperty().get()).isEqualTo(card.toAbsolutePath());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().size() == 1 && journals().get(0).id().equals(left.id()));
        robot.interact(() -> assertThat(second.save()).isTrue());
        assertThat(CardSourceFile.read(card).findSection("model-details.description").orElseThrow().getText()).isEqualTo("Edited.\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> journals().isEmpty());
    }
}
