package dev.cardwright.ui.preview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Section;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.render.CardSnapshot;

/**
 * {@code --measure-preview FILE}: how long the preview takes to show a keystroke. Opens the card,
 * shows it, then types into its largest part (the preamble or a section) one character at a time:
 * each keystroke changes the model, asks for a patch, and waits until the page's DOM holds the new
 * text (read back through JavaScript). Prints {@code preview_ms p50=… p95=… max=…} and exits.
 * Keystrokes follow one another only once the previous one is visible, so each figure is the
 * latency a typist sees, not a throughput.
 */
public final class PreviewMeasurement {
    static final int WARM_UP = 20;
    static final int KEYSTROKES = 200;
    private static final String SENTENCE = "The quick brown fox jumps over the lazy dog and types on ";

    private final Stage stage;
    private final Card card;
    private final WebViewPreview preview;
    private final String partId;
    private final String baseText;
    private final List<Double> millis = new ArrayList<>();
    private int keystroke;
    private long started;
    private String expected;

    private PreviewMeasurement(Stage stage, Card card, Path folder) {
        this.stage = stage;
        this.card = card;
        this.preview = new WebViewPreview(url -> { });
        preview.setBaseDirectory(folder);
        CardSnapshot.Part largest = CardSnapshot.of(card).parts().stream()
                .max(Comparator.comparingInt(p -> p.markdown().length())).orElseThrow();
        this.partId = largest.id();
        String text = textOf(partId);
        // Typing goes into a paragraph of its own at the end, so the rest of the part renders as before.
        this.baseText = text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n";
    }

    public static void run(Stage stage, Path file) {
        Card card;
        try {
            card = ReadmeReader.read(file);
        } catch (CardFormatException e) {
            System.err.println(e.located());
            Platform.exit();
            return;
        } catch (IOException e) {
            System.err.println(file + ":1:1: " + e.getMessage());
            Platform.exit();
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        new PreviewMeasurement(stage, card, folder).start();
    }

    private void start() {
        stage.setScene(new Scene(new StackPane(preview.node()), 1000, 800));
        stage.show();
        preview.setOnPatched(this::patched);
        preview.setOnLoaded(() -> {
            preview.setOnLoaded(null);
            System.err.printf(Locale.ROOT, "measuring part '%s' (%d characters), %d keystrokes after %d warm-up%n",
                    partId, baseText.length(), KEYSTROKES, WARM_UP);
            Platform.runLater(this::type);
        });
        preview.show(card);
    }

    private void type() {
        String typed = typedText(keystroke + 1);
        expected = typed.strip();
        started = System.nanoTime();
        setTextOf(partId, baseText + typed);
        preview.patch(partId);
    }

    private void patched(String id) {
        if (!id.equals(partId)) {
            return;
        }
        Object found = preview.engine().executeScript(
                "window.cardwright.partText('" + partId.replace("\\", "\\\\").replace("'", "\\'") + "').indexOf('" + expected + "') >= 0");
        long elapsed = System.nanoTime() - started;
        if (!Boolean.TRUE.equals(found)) {
            System.err.println("preview measurement: the typed text is not in the page after the patch");
            Platform.exit();
            return;
        }
        if (keystroke >= WARM_UP) {
            millis.add(elapsed / 1e6);
        }
        keystroke++;
        if (keystroke < WARM_UP + KEYSTROKES) {
            Platform.runLater(this::type);
        } else {
            System.out.println(summary(millis));
            // The least is what one keystroke costs when nothing else competes for the CPU.
            System.err.printf(Locale.ROOT, "preview_ms min=%.1f mean=%.1f%n", millis.stream().mapToDouble(d -> d).min().orElse(0),
                    millis.stream().mapToDouble(d -> d).average().orElse(0));
            Platform.exit();
        }
    }

    static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return String.format(Locale.ROOT, "preview_ms p50=%.1f p95=%.1f max=%.1f",
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static String typedText(int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(SENTENCE);
        }
        return out.substring(0, length);
    }

    private String textOf(String id) {
        return CardSnapshot.PREAMBLE_ID.equals(id) ? card.getPreamble() : section(id).getText();
    }

    private void setTextOf(String id, String text) {
        if (CardSnapshot.PREAMBLE_ID.equals(id)) {
            card.setPreamble(text);
        } else {
            section(id).setText(text);
        }
    }

    private Section section(String id) {
        return card.findSection(id).orElseThrow();
    }
}
