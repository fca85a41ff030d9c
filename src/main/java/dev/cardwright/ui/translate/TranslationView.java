package dev.cardwright.ui.translate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.export.TranslationExport;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.Progress;
import dev.cardwright.translate.WordDiff;
import dev.cardwright.ui.Messages;
import dev.cardwright.ui.preview.Preview;
import dev.cardwright.ui.translate.TranslationViewModel.Filter;
import dev.cardwright.ui.translate.TranslationViewModel.Row;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The translation view: a toolbar (language, filter, next, confirm, preview, progress), then one
 * row per source section — the source on the left (glossary terms highlighted and clickable, and
 * under review the word diff of what changed), the translation on the right (status chip, heading,
 * text, check findings) — and optionally the rendered translation, alone or beside the source.
 *
 * <p>Keys: {@code Ctrl+Enter} confirms the focused section, {@code F8} (or {@code Ctrl+Shift+Down})
 * goes to the next untranslated or changed section, {@code Alt+1}…{@code Alt+9} insert the
 * rendering of the first nine glossary terms of the focused section's source.
 */
public final class TranslationView {
    public static final String CHIP = "translation-chip";
    public static final String TERM = "glossary-term";
    public static final String DELETED = "diff-deleted";
    public static final String INSERTED = "diff-inserted";

    /** What the preview pane shows. */
    public enum PreviewMode { OFF, TRANSLATION, SIDE_BY_SIDE }

    private static final KeyCombination CONFIRM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F8);
    private static final KeyCombination NEXT_ALT = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final TranslationViewModel model;
    private final Supplier<Preview> previews;
    private final BorderPane root = new BorderPane();
    private final VBox rowBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowBox);
    private final SplitPane split = new SplitPane();
    private final ProgressBar sectionBar = new ProgressBar(0);
    private final ProgressBar characterBar = new ProgressBar(0);
    private final Label progressLabel = new Label();
    private final ChoiceBox<PreviewMode> previewChoice = new ChoiceBox<>();
    private final Map<Row, RowView> rowViews = new IdentityHashMap<>();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(400));
    private Row current;
    private Preview sourcePreview;
    private Preview translationPreview;

    public TranslationView(TranslationViewModel model, Supplier<Preview> previews) {
        this.model = model;
        this.previews = previews;
        createView();
        bind();
    }

    public Parent node() {
        return root;
    }

    public TranslationViewModel model() {
        return model;
    }

    // ---- view -----------------------------------------------------------------------------

    private void createView() {
        root.setId("translation-view");
        root.getStyleClass().add("translation-view");
        root.getStylesheets().add(TranslationView.class.getResource("/dev/cardwright/ui/translate/translation.css").toExternalForm());

        Label languageLabel = new Label(Messages.get("translate.language"));
        ComboBox<String> language = new ComboBox<>(model.languages());
        language.setId("translate-language");
        language.setEditable(true);
        language.setPrefWidth(110);
        language.setValue(model.languageProperty().get());
        language.setAccessibleText(Messages.get("translate.language"));
        language.setTooltip(new Tooltip(Messages.get("translate.language.tooltip")));
        languageLabel.setLabelFor(language);
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank() && !now.equals(model.languageProperty().get())) {
                try {
                    model.addLanguage(now);
                } catch (IllegalArgumentException e) {
                    language.setValue(old);
                }
            }
        });
        model.languageProperty().addListener((obs, old, now) -> language.setValue(now));

        ToggleGroup filters = new ToggleGroup();
        HBox filterBox = new HBox(0);
        filterBox.getStyleClass().add("segmented");
        for (Filter f : Filter.values()) {
            ToggleButton b = new ToggleButton(filterLabel(f));
            b.setId("translate-filter-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(filters);
            b.setUserData(f);
            b.setSelected(model.filterProperty().get() == f);
            filterBox.getChildren().add(b);
        }
        filters.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one filter is always on
            } else {
                model.filterProperty().set((Filter) now.getUserData());
            }
        });

        Button next = new Button(Messages.get("translate.next"), new FontIcon(Feather.SKIP_FORWARD));
        next.setId("translate-next");
        next.setTooltip(new Tooltip(Messages.get("translate.next.tooltip") + "  (" + NEXT.getDisplayText() + ")"));
        next.setOnAction(e -> goToNext());
        Button confirm = new Button(Messages.get("translate.confirm"), new FontIcon(Feather.CHECK));
        confirm.setId("translate-confirm");
        confirm.setTooltip(new Tooltip(Messages.get("translate.confirm.tooltip") + "  (" + CONFIRM.getDisplayText() + ")"));
        confirm.setOnAction(e -> confirmCurrent());

        previewChoice.setId("translate-preview");
        previewChoice.getItems().setAll(PreviewMode.values());
        previewChoice.setValue(PreviewMode.OFF);
        previewChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PreviewMode m) {
                return m == null ? "" : switch (m) {
                    case OFF -> Messages.get("translate.preview.off");
                    case TRANSLATION -> Messages.get("translate.preview.translation");
                    case SIDE_BY_SIDE -> Messages.get("translate.preview.sideBySide");
                };
            }

            @Override
            public PreviewMode fromString(String s) {
                return null;
            }
        });
        previewChoice.setAccessibleText(Messages.get("translate.preview"));
        previewChoice.setDisable(previews == null);

        sectionBar.setId("translate-progress-sections");
        characterBar.setId("translate-progress-characters");
        sectionBar.setPrefWidth(120);
        characterBar.setPrefWidth(120);
        sectionBar.setAccessibleText(Messages.get("translate.progress.sections"));
        characterBar.setAccessibleText(Messages.get("translate.progress.characters"));
        progressLabel.setId("translate-progress-label");
        VBox bars = new VBox(3, sectionBar, characterBar);
        bars.setAlignment(Pos.CENTER);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(languageLabel, language, filterBox, next, confirm, spacer,
                new Label(Messages.get("translate.preview")), previewChoice);
        bar.setId("translate-toolbar");
        root.setTop(bar);

        rowBox.getStyleClass().add("translation-rows");
        rowBox.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setId("translate-rows");
        split.getItems().add(scroll);
        root.setCenter(split);

        Label header = new Label(Messages.get("translate.header", model.sourceLanguageProperty().get()));
        header.getStyleClass().add("translation-header");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, bars, progressLabel, gap, header);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("translation-status-bar");
        root.setBottom(bottom);
    }

    private static String filterLabel(Filter f) {
        return switch (f) {
            case ALL -> Messages.get("translate.filter.all");
            case UNTRANSLATED -> Messages.get("translate.filter.untranslated");
            case NEEDS_REVIEW -> Messages.get("translate.filter.needsReview");
        };
    }

    static String statusLabel(TranslationStatus s) {
        return switch (s) {
            case UNTRANSLATED -> Messages.get("translate.status.untranslated");
            case NEEDS_REVIEW -> Messages.get("translate.status.needsReview");
            case TRANSLATED -> Messages.get("translate.status.translated");
            case APPROVED -> Messages.get("translate.status.approved");
        };
    }

    // ---- behaviour ------------------------------------------------------------------------

    private void bind() {
        model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> rebuildRows());
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        rebuildRows();
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CONFIRM.match(e)) {
                confirmCurrent();
                e.consume();
            } else if (NEXT.match(e) || NEXT_ALT.match(e)) {
                goToNext();
                e.consume();
            } else if (e.isAltDown() && !e.isShortcutDown() && e.getCode().isDigitKey() && current != null) {
                int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
                if (e.getCode().isKeypadKey()) {
                    n = e.getCode().getCode() - KeyCode.NUMPAD1.getCode();
                }
                insertTerm(current, n);
                e.consume();
            }
        });
        previewChoice.valueProperty().addListener((obs, old, now) -> applyPreview());
        previewDelay.setOnFinished(e -> showPreviews());
    }

    private void rebuildRows() {
        List<Node> nodes = new ArrayList<>();
        Map<Row, RowView> keep = new IdentityHashMap<>(rowViews);
        rowViews.clear();
        for (Row r : model.rows()) {
            RowView v = keep.containsKey(r) ? keep.get(r) : new RowView(r);
            rowViews.put(r, v);
            nodes.add(v.node);
        }
        rowBox.getChildren().setAll(nodes);
        refresh();
    }

    private void refresh() {
        rowViews.values().forEach(RowView::refresh);
        Progress p = model.progressProperty().get();
        if (p != null) {
            sectionBar.setProgress(p.sectionShare());
            characterBar.setProgress(p.characterShare());
            progressLabel.setText(Messages.get("translate.progress", p.done(), p.total(),
                    Math.round(100 * p.characterShare()), p.count(TranslationStatus.NEEDS_REVIEW)));
        }
        if (previewChoice.getValue() != PreviewMode.OFF) {
            previewDelay.playFromStart();
        }
    }

    /** Moves to the next section still to do and puts the caret in its translation. */
    public void goToNext() {
        model.nextToDo(current).ifPresent(r -> {
            if (!rowViews.containsKey(r)) {
                model.filterProperty().set(Filter.ALL);
            }
            RowView v = rowViews.get(r);
            if (v != null) {
                current = r;
                v.text.requestFocus();
                scrollTo(v.node);
            }
        });
    }

    /** Confirms the section with the caret (the translator checked it against the new source). */
    public void confirmCurrent() {
        if (current != null) {
            RowView v = rowViews.get(current);
            if (v != null) {
                v.commit();
            }
            model.confirm(current);
        }
    }

    /** Inserts the translation of the n-th (0-based) glossary term of a row's source at the caret. */
    public void insertTerm(Row row, int n) {
        List<Glossary.Match> terms = distinctTerms(row);
        RowView v = rowViews.get(row);
        if (v == null || n < 0 || n >= terms.size()) {
            return;
        }
        Glossary.Term term = terms.get(n).term();
        String rendering = Glossary.isSimplifiedChinese(model.languageProperty().get()) ? term.zh() : term.en();
        v.text.insertText(v.text.getCaretPosition(), rendering);
        v.text.requestFocus();
    }

    private static List<Glossary.Match> distinctTerms(Row row) {
        List<Glossary.Match> out = new ArrayList<>();
        java.util.Set<Glossary.Term> seen = new java.util.HashSet<>();
        for (Glossary.Match m : row.terms()) {
            if (seen.add(m.term())) {
                out.add(m);
            }
        }
        return out;
    }

    private void scrollTo(Node node) {
        double h = rowBox.getHeight() - scroll.getViewportBounds().getHeight();
        if (h > 0) {
            scroll.setVvalue(Math.min(1, node.getBoundsInParent().getMinY() / h));
        }
    }

    private void applyPreview() {
        PreviewMode mode = previewChoice.getValue();
        split.getItems().retainAll(scroll);
        if (mode == PreviewMode.OFF || previews == null) {
            return;
        }
        if (translationPreview == null) {
            translationPreview = previews.get();
        }
        if (mode == PreviewMode.SIDE_BY_SIDE) {
            if (sourcePreview == null) {
                sourcePreview = previews.get();
            }
            split.getItems().add(new StackPane(sourcePreview.node()));
        }
        split.getItems().add(new StackPane(translationPreview.node()));
        split.setDividerPositions(mode == PreviewMode.SIDE_BY_SIDE ? new double[] {0.5, 0.75} : new double[] {0.6});
        showPreviews();
    }

    private void showPreviews() {
        PreviewMode mode = previewChoice.getValue();
        if (mode == PreviewMode.OFF) {
            return;
        }
        if (mode == PreviewMode.SIDE_BY_SIDE && sourcePreview != null) {
            sourcePreview.show(model.card());
        }
        model.card().findTranslation(model.languageProperty().get()).ifPresent(t -> {
            String text = new TranslationExport(model.card(), model.sourceLanguageProperty().get()).translatedReadme(t);
            try {
                Card translated = ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "translation.md");
                translated.setFrontMatter(model.card().getFrontMatter()); // tags above the page, as on the Hub
                translationPreview.show(translated);
            } catch (CardFormatException e) {
                // a translation always reads back; nothing to show if it somehow does not
            }
        });
    }

    // ---- one row --------------------------------------------------------------------------

    private final class RowView {
        final Row row;
        final GridPane node = new GridPane();
        final Label chip = new Label();
        final Label title = new Label();
        final TextFlow diff = new TextFlow();
        final TextFlow source = new TextFlow();
        final TextField heading = new TextField();
        final TextArea text = new TextArea();
        final Label findings = new Label();
        final Button confirm = new Button(Messages.get("translate.confirm"));
        final Label diffLabel = new Label(Messages.get("translate.sourceChanged"));
        final VBox diffBox = new VBox(2, diffLabel, diff);
        private boolean updating;

        RowView(Row row) {
            this.row = row;
            String id = row.key().replaceAll("[^A-Za-z0-9_-]", "_");
            node.setId("translate-row-" + id);
            node.getStyleClass().add("translation-row");
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            node.getColumnConstraints().addAll(half, half);
            node.setHgap(12);
            node.setPadding(new Insets(8, 12, 8, 12));

            title.getStyleClass().add("translation-source-title");
            title.setText(row.source() == null ? Messages.get("translate.preamble") : row.sourceTitle());
            diffLabel.getStyleClass().add("translation-diff-label");
            diff.getStyleClass().add("translation-diff");
            diff.setId("translate-diff-" + id);
            diffBox.getStyleClass().add("translation-diff-box");
            source.getStyleClass().add("translation-source");
            VBox left = new VBox(6, title, diffBox, source);

            chip.getStyleClass().add(CHIP);
            chip.setId("translate-status-" + id);
            confirm.setId("translate-confirm-" + id);
            confirm.getStyleClass().addAll("small", "accent");
            confirm.setOnAction(e -> {
                commit();
                model.confirm(row);
            });
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, chip, spacer, confirm);
            top.setAlignment(Pos.CENTER_LEFT);
            heading.setId("translate-heading-" + id);
            heading.setPromptText(row.source() == null ? "" : row.source().getHeading().strip());
            heading.setAccessibleText(Messages.get("translate.heading.accessible", row.sourceTitle()));
            heading.setVisible(row.source() != null);
            heading.setManaged(row.source() != null);
            text.setId("translate-text-" + id);
            text.setWrapText(true);
            text.setPrefRowCount(Math.max(3, Math.min(14, (int) row.sourceText().lines().count() + 1)));
            text.setAccessibleText(Messages.get("translate.text.accessible", row.sourceTitle()));
            text.setPromptText(Messages.get("translate.text.prompt"));
            findings.getStyleClass().add("translation-findings");
            findings.setWrapText(true);
            findings.setId("translate-findings-" + id);
            VBox right = new VBox(6, top, heading, text, findings);
            node.add(left, 0, 0);
            node.add(right, 1, 0);

            heading.textProperty().addListener((obs, old, now) -> commitIfUser());
            text.textProperty().addListener((obs, old, now) -> commitIfUser());
            heading.focusedProperty().addListener((obs, old, now) -> { if (now) current = row; });
            text.focusedProperty().addListener((obs, old, now) -> { if (now) current = row; });
            updating = true;
            try {
                heading.setText(row.heading().stripTrailing());
                text.setText(display(row.text()));
            } finally {
                updating = false;
            }
        }

        /** The stored text ends with a line break (Markdown blocks do); the editor shows it without that one. */
        private String display(String body) {
            return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        }

        private void commitIfUser() {
            if (!updating) {
                commit();
            }
        }

        void commit() {
            String h = heading.getText();
            if (row.source() != null && !h.isBlank() && !h.endsWith("\n")) {
                h = h + "\n";
            }
            String body = text.getText();
            if (!body.isEmpty()) {
                body = body + "\n"; // see display()
            }
            if (h.equals(row.heading()) && body.equals(row.text())) {
                return;
            }
            if (h.isBlank() && body.isBlank() && row.status() == TranslationStatus.UNTRANSLATED) {
                return;
            }
            model.edit(row, h, body);
        }

        private void showSource() {
            List<Node> parts = new ArrayList<>();
            String src = row.source() == null ? row.sourceText() : row.source().getText();
            int offset = row.source() == null ? 0 : row.source().getHeading().length();
            int at = 0;
            List<Glossary.Match> terms = distinctTerms(row);
            for (Glossary.Match m : row.terms()) {
                int start = m.start() - offset;
                int end = m.end() - offset;
                if (start < at || start < 0 || end > src.length()) {
                    continue;
                }
                parts.add(new Text(src.substring(at, start)));
                Text term = new Text(src.substring(start, end));
                term.getStyleClass().add(TERM);
                int index = indexOf(terms, m.term());
                String rendering = Glossary.isSimplifiedChinese(model.languageProperty().get()) ? m.term().zh() : m.term().en();
                Tooltip.install(term, new Tooltip(rendering + (index < 9 ? "  (Alt+" + (index + 1) + ")" : "")
                        + "\n" + Messages.get("translate.term.click")));
                term.setOnMouseClicked(e -> insertTerm(row, index));
                parts.add(term);
                at = end;
            }
            parts.add(new Text(src.substring(Math.min(at, src.length())).stripTrailing()));
            source.getChildren().setAll(parts);
        }

        private int indexOf(List<Glossary.Match> terms, Glossary.Term t) {
            for (int i = 0; i < terms.size(); i++) {
                if (terms.get(i).term() == t) {
                    return i;
                }
            }
            return -1;
        }

        /** What the row showed last; the checks and the diff are only redone when it changes. */
        private String shown;

        void refresh() {
            TranslationStatus s = row.status();
            String language = model.languageProperty().get();
            String now = s + "\u0000" + language + "\u0000" + row.sourceText() + "\u0000" + row.heading() + "\u0000" + row.text();
            if (now.equals(shown)) {
                return;
            }
            boolean sourceChanged = shown == null || !now.startsWith(s + "\u0000" + language + "\u0000" + row.sourceText() + "\u0000");
            shown = now;
            chip.setText(statusLabel(s));
            chip.getStyleClass().removeIf(c -> c.startsWith("status-"));
            chip.getStyleClass().add("status-" + s.id().replace('_', '-'));
            boolean review = s == TranslationStatus.NEEDS_REVIEW;
            confirm.setVisible(review);
            diffBox.setVisible(review);
            diffBox.setManaged(review);
            if (review) {
                List<Node> pieces = new ArrayList<>();
                for (WordDiff.Piece p : row.sourceChanges()) {
                    Text t = new Text(p.text());
                    if (p.kind() == WordDiff.Kind.DELETED) {
                        t.getStyleClass().add(DELETED);
                    } else if (p.kind() == WordDiff.Kind.INSERTED) {
                        t.getStyleClass().add(INSERTED);
                    }
                    pieces.add(t);
                }
                diff.getChildren().setAll(pieces);
            }
            if (!text.isFocused() && !heading.isFocused()) {
                updating = true;
                try {
                    String h = row.heading().stripTrailing();
                    if (!heading.getText().equals(h)) {
                        heading.setText(h);
                    }
                    String body = display(row.text());
                    if (!text.getText().equals(body)) {
                        text.setText(body);
                    }
                } finally {
                    updating = false;
                }
            }
            if (sourceChanged) {
                showSource();
            }
            List<String> found = row.findings();
            findings.setText(String.join("\n", found));
            findings.setVisible(!found.isEmpty());
            findings.setManaged(!found.isEmpty());
        }
    }
}
