package dev.cardwright.ui.translate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

import dev.cardwright.card.Card;
import dev.cardwright.card.Translation;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.ui.common.Theme;
import dev.cardwright.ui.task.FxTaskExecutor;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardSourceFile;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The translation view into Chinese on TestFX's stage, fresh for every test, on a card read from a
 * README with the translations a test records. Register it as an instance field with
 * {@code @RegisterExtension} on a class with {@code @ExtendWith(ApplicationExtension.class)}, which
 * runs first and gives the robot. The scene replaces the stage's last one, so nothing of an
 * earlier test's window stays.
 */
final class TranslationViewExtension implements BeforeEachCallback {
    static final String LANGUAGE = "zh";

    private final String readme;
    private final Consumer<TranslationTracker> translations;
    private Card card;
    private UndoHistory history;
    private TranslationView view;

    /** {@code translations} records the card's translations (as an import leaves them) before the view opens. */
    TranslationViewExtension(String readme, Consumer<TranslationTracker> translations) {
        this.readme = readme;
        this.translations = translations;
    }

    TranslationViewExtension(String readme) {
        this(readme, tracker -> { });
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        card = ReadmeReader.read(readme.getBytes(StandardCharsets.UTF_8), "README.md");
        TranslationTracker tracker = new TranslationTracker(card);
        translations.accept(tracker);
        tracker.dispose();
        history = new UndoHistory();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            view = new TranslationView(new TranslationViewModel(card, history, Glossary.builtIn(), LANGUAGE), null, new FxTaskExecutor());
            Scene scene = new Scene(view.node(), 1100, 700);
            Theme.LIGHT.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    Card card() {
        return card;
    }

    UndoHistory history() {
        return history;
    }

    /** The translation as a save to a card source in {@code dir} and a fresh read of it give it back. */
    Translation saved(Path dir) throws Exception {
        Path file = dir.resolve("demo.card.yaml");
        CardSourceFile.write(card, file);
        return CardSourceFile.read(file).findTranslation(LANGUAGE).orElseThrow();
    }
}
