package dev.cardwright.ui.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

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
 * latency a typist sees, not a throughput. Given a folder, it measures every {@code *.md} card in
 * it and prints the line of the worst one (highest p95), with its name.
 */
public final class PreviewMeasurement {
    static final int WARM_UP = 20;
    static final int KEYSTROKES = 200;
    /** Per card when a whole folder is measured: fewer, or 250 cards would take most of an hour. */
    static final int KEYSTROKES_PER_CARD_OF_FOLDER = 60;
    private static final String SENTENCE = "The quick brown fox jumps over the lazy dog and types on ";

    private final Card card;
    private final WebViewPreview preview;
    private final int keystrokes;
    private final java.util.function.Consumer<List<Double>> done;
    private final String partId;
    private final String baseText;
    private final List<Double> millis = new ArrayList<>();
    private int keystroke;
    private long started;
    private String expected;

    private PreviewMeasurement(WebViewPreview preview, Card card, Path folder, int keystrokes, java.util.function.Consumer<List<Double>> done) {
        this.card = card;
        this.preview = preview;
        this.keystrokes = keystrokes;
        this.done = done;
        preview.setBaseDirectory(folder);
        CardSnapshot.Part largest = CardSnapshot.of(card).parts().stream()
                .max(Comparator.comparingInt(p -> p.markdown().length())).orElseThrow();
        this.partId = largest.id();
        String text = textOf(partId);
        // Typing goes into a paragraph of its own at the end, so the rest of the part renders as before.
        this.baseText = text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n";
    }

    /**
     * Measures {@code path}, a card, or every {@code *.md} file of a folder one after the other in
     * the same window (each card's line goes to stderr, the worst card's, by p95, to stdout).
     */
    public static void run(Stage stage, Path path) {
        run(stage, path, System.out::println, Platform::exit);
    }

    /** As {@link #run(Stage, Path)}, with the result line given to {@code out} and {@code finish} run at the end. */
    static void run(Stage stage, Path path, java.util.function.Consumer<String> out, Runnable finish) {
        WebViewPreview preview = new WebViewPreview(url -> { });
        stage.setScene(new Scene(new StackPane(preview.node()), 1000, 800));
        stage.show();
        if (!Files.isDirectory(path)) {
            measure(preview, path, KEYSTROKES, millis -> {
                if (millis != null) {
                    out.accept(summary(millis));
                    // The least is what one keystroke costs when nothing else competes for the CPU.
                    System.err.printf(Locale.ROOT, "preview_ms min=%.1f mean=%.1f%n", millis.stream().mapToDouble(d -> d).min().orElse(0),
                            millis.stream().mapToDouble(d -> d).average().orElse(0));
                }
                finish.run();
            });
            return;
        }
        List<Path> cards;
        try (Stream<Path> files = Files.list(path)) {
            cards = files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            System.err.println(path + ":1:1: " + e.getMessage());
            finish.run();
            return;
        }
        new Folder(preview, cards, out, finish).next();
    }

    /** The cards of a folder, measured in turn; the worst one's line at the end. */
    private static final class Folder {
        private final WebViewPreview preview;
        private final List<Path> cards;
        private final java.util.function.Consumer<String> out;
        private final Runnable finish;
        private int index;
        private double worstP95 = -1;
        private String worstLine = "preview_ms: no card measured";

        Folder(WebViewPreview preview, List<Path> cards, java.util.function.Consumer<String> out, Runnable finish) {
            this.preview = preview;
            this.cards = cards;
            this.out = out;
            this.finish = finish;
        }

        void next() {
            if (index >= cards.size()) {
                out.accept(worstLine);
                finish.run();
                return;
            }
            Path card = cards.get(index++);
            measure(preview, card, KEYSTROKES_PER_CARD_OF_FOLDER, millis -> {
                if (millis != null) {
                    String line = summary(millis) + " " + card.getFileName();
                    System.err.println(line);
                    double p95 = percentile(sorted(millis), 95);
                    if (p95 > worstP95) {
                        worstP95 = p95;
                        worstLine = line;
                    }
                }
                Platform.runLater(this::next);
            });
        }
    }

    /** Types into one card; {@code done} gets the figures, or null when the card cannot be read or measured. */
    private static void measure(WebViewPreview preview, Path file, int keystrokes, java.util.function.Consumer<List<Double>> done) {
        Card card;
        try {
            card = ReadmeReader.read(file);
        } catch (CardFormatException e) {
            System.err.println(e.located());
            done.accept(null);
            return;
        } catch (IOException e) {
            System.err.println(file + ":1:1: " + e.getMessage());
            done.accept(null);
            return;
        }
        if (CardSnapshot.of(card).parts().isEmpty()) {
            done.accept(null);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        new PreviewMeasurement(preview, card, folder, keystrokes, done).start();
    }

    private void start() {
        preview.setOnPatched(this::patched);
        preview.setOnLoaded(() -> {
            preview.setOnLoaded(null);
            System.err.printf(Locale.ROOT, "measuring part '%s' (%d characters), %d keystrokes after %d warm-up%n",
                    partId, baseText.length(), keystrokes, WARM_UP);
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
            preview.setOnPatched(null);
            done.accept(null);
            return;
        }
        if (keystroke >= WARM_UP) {
            millis.add(elapsed / 1e6);
        }
        keystroke++;
        if (keystroke < WARM_UP + keystrokes) {
            Platform.runLater(this::type);
        } else {
            preview.setOnPatched(null);
            done.accept(millis);
        }
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted;
    }

    static String summary(List<Double> values) {
        List<Double> sorted = sorted(values);
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
