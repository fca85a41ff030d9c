package dev.cardwright.ui.translate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardFormatException;
import dev.cardwright.card.Section;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.export.TranslationExport;
import dev.cardwright.markdown.ReadmeReader;
import dev.cardwright.translate.DoNotTranslate;
import dev.cardwright.translate.Fingerprint;
import dev.cardwright.translate.Glossary;
import dev.cardwright.translate.Progress;
import dev.cardwright.translate.TranslationTracker;
import dev.cardwright.translate.WordDiff;
import dev.cardwright.ui.undo.PropertyEdit;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state and actions of the translation view, without a control: the language being worked
 * on, the rows (one per source section, preamble first), the filter, progress, and what the view
 * shows beside each row (the source diff under review, glossary terms, check results). Edits go
 * through a {@link TranslationTracker}, so statuses follow the source, and into the document's
 * undo history, so Ctrl+Z and the dirty mark cover translations too.
 */
public final class TranslationViewModel {
    public enum Filter { ALL, UNTRANSLATED, NEEDS_REVIEW }

    /** One source section (or the preamble) and its translation in the current language. */
    public final class Row {
        private final String key;
        private final Section source;

        Row(String key, Section source) {
            this.key = key;
            this.source = source;
        }

        public String key() { return key; }
        /** The source section; null for the preamble. */
        public Section source() { return source; }
        public String sourceText() { return Fingerprint.sourceText(card, key); }
        public String sourceTitle() { return source == null ? "" : source.getTitle(); }

        public Optional<TranslatedSection> translated() {
            return card.findTranslation(language.get()).map(t -> t.getSections().get(key));
        }

        public TranslationStatus status() {
            return Progress.statusOf(card.findTranslation(language.get()).orElse(null), key);
        }

        public String heading() { return translated().map(TranslatedSection::getHeading).orElse(""); }
        public String text() { return translated().map(TranslatedSection::getText).orElse(""); }

        private String cjkSpacing() {
            return card.findTranslation(language.get()).map(dev.cardwright.card.Translation::getCjkSpacing).orElse("");
        }

        /** Commits that changed the source after the translation, as import read them from git (0: none known). */
        public int sourceCommits() { return translated().map(TranslatedSection::getSourceCommits).orElse(0); }

        /** The source text the translation was made from ("" when there is none). */
        public String translatedFrom() { return translated().map(TranslatedSection::getSourceText).orElse(""); }

        /** A snapshot of what the view analyses for this row (see {@link SectionAnalysis}). */
        SectionAnalysis.Input analysisInput() {
            return new SectionAnalysis.Input(key, sourceText(), sourceLanguage.get(), status(), translatedFrom(),
                    heading() + text(), language.get(), cjkSpacing());
        }

        /** What changed in the source since the translation was made (empty unless under review). */
        public List<WordDiff.Piece> sourceChanges() {
            return tracker.sourceChanges(language.get(), key).orElse(List.of());
        }

        /** Glossary terms in the source text. */
        public List<Glossary.Match> terms() {
            return glossary.find(DoNotTranslate.mask(sourceText()), sourceLanguage.get());
        }

        /** The checks' findings for the current translation: glossary renderings, then do-not-translate pieces. */
        public List<String> findings() {
            if (status() == TranslationStatus.UNTRANSLATED) {
                return List.of();
            }
            String translation = heading() + text();
            List<String> out = new ArrayList<>();
            glossary.check(sourceText(), sourceLanguage.get(), translation, language.get()).forEach(i -> out.add(i.message(dev.cardwright.ui.common.Messages.locale())));
            DoNotTranslate.compare(sourceText(), translation).forEach(i -> out.add(i.message(dev.cardwright.ui.common.Messages.locale())));
            dev.cardwright.translate.FactLock.compare(sourceText(), translation)
                    .forEach(f -> out.add(f.message(dev.cardwright.ui.common.Messages.locale())));
            out.addAll(dev.cardwright.translate.ChineseTypography.messages(translation, language.get(), cjkSpacing(),
                    dev.cardwright.ui.common.Messages.locale()));
            return out;
        }

        @Override
        public String toString() {
            return "Row[" + key + "]";
        }
    }

    private final Card card;
    private final UndoHistory history;
    private final Glossary glossary;
    private final TranslationTracker tracker;
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final StringProperty sourceLanguage = new SimpleStringProperty(this, "sourceLanguage", "en");
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.ALL);
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final List<Row> allRows = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    /** Bumped after every change the view shows (statuses, progress); the view listens to it. */
    private final LongProperty revision = new SimpleLongProperty(this, "revision");

    /**
     * @param history the document's undo history, or null (tests of the logic alone)
     * @param language the language to show first; null picks the card's first translation, or zh-CN
     */
    public TranslationViewModel(Card card, UndoHistory history, Glossary glossary, String language) {
        this.card = card;
        this.history = history;
        this.glossary = glossary;
        this.tracker = new TranslationTracker(card);
        card.getTranslations().forEach(t -> languages.add(t.getLanguage()));
        String first = language != null ? language : languages.isEmpty() ? "zh-CN" : languages.get(0);
        if (!languages.contains(first)) {
            languages.add(first);
        }
        this.language.set(first);
        this.language.addListener((obs, old, now) -> {
            if (now != null && !languages.contains(now)) {
                languages.add(now);
            }
            refilter();
        });
        filter.addListener((obs, old, now) -> refilter());
        card.getSections().addListener((javafx.collections.ListChangeListener<Section>) c -> rebuild());
        card.getTranslations().addListener((javafx.collections.ListChangeListener<Translation>) c -> changed());
        card.allSections().forEach(s -> s.textProperty().addListener((obs, old, now) -> changed()));
        card.allSections().forEach(s -> s.headingProperty().addListener((obs, old, now) -> changed()));
        if (history != null) {
            // undo and redo change translated sections behind the view's back
            history.revisionProperty().addListener((obs, old, now) -> changed());
        }
        rebuild();
    }

    public StringProperty languageProperty() { return language; }
    public StringProperty sourceLanguageProperty() { return sourceLanguage; }
    public ObjectProperty<Filter> filterProperty() { return filter; }
    public ObservableList<String> languages() { return languages; }
    public ObservableList<Row> rows() { return rows; }
    public ReadOnlyObjectProperty<Progress> progressProperty() { return progress.getReadOnlyProperty(); }
    public LongProperty revisionProperty() { return revision; }
    public Card card() { return card; }
    public Glossary glossary() { return glossary; }

    private void rebuild() {
        allRows.clear();
        for (String key : Progress.sectionKeys(card)) {
            allRows.add(new Row(key, Translation.PREAMBLE_ID.equals(key) ? null : card.findSection(key).orElse(null)));
        }
        refilter();
    }

    private void refilter() {
        List<Row> visible = new ArrayList<>();
        for (Row r : allRows) {
            TranslationStatus s = r.status();
            boolean show = switch (filter.get()) {
                case ALL -> true;
                case UNTRANSLATED -> s == TranslationStatus.UNTRANSLATED;
                case NEEDS_REVIEW -> s == TranslationStatus.NEEDS_REVIEW;
            };
            if (show) {
                visible.add(r);
            }
        }
        rows.setAll(visible);
        changed();
    }

    private void changed() {
        progress.set(Progress.of(card, card.findTranslation(language.get()).orElse(null)));
        revision.set(revision.get() + 1);
    }

    /** Every row, whatever the filter, in the source's order. */
    public List<Row> allRows() {
        return java.util.Collections.unmodifiableList(allRows);
    }

    /** The document's undo history (null in tests of the logic alone). */
    UndoHistory history() {
        return history;
    }

    public Optional<Row> row(String key) {
        return allRows.stream().filter(r -> r.key.equals(key)).findFirst();
    }

    /** The translator typed: records heading and text (an untranslated section becomes translated). */
    public void edit(Row row, String heading, String text) {
        TranslatedSection before = row.translated().orElse(null);
        if (before != null && before.getHeading().equals(heading) && before.getText().equals(text)) {
            return;
        }
        recorded(() -> tracker.record(language.get(), row.key, heading, text), row);
    }

    /** The translator checked a section under review against the new source. */
    public void confirm(Row row) {
        if (row.status() == TranslationStatus.UNTRANSLATED) {
            return;
        }
        recorded(() -> tracker.confirm(language.get(), row.key), row);
    }

    public void approve(Row row) {
        if (row.status() == TranslationStatus.UNTRANSLATED) {
            return;
        }
        recorded(() -> tracker.approve(language.get(), row.key), row);
    }

    /** Takes back the approval of a section (it becomes translated); one undo step. */
    public void unapprove(Row row) {
        if (row.status() == TranslationStatus.APPROVED) {
            recorded(() -> tracker.unapprove(language.get(), row.key), row);
        }
    }

    /**
     * Approves every row of a selection that has a translation, or, when all of them are approved
     * already, takes their approval back: one undo step either way. Untranslated rows are skipped
     * (there is nothing to approve). Returns how many rows changed.
     */
    public int approveAll(List<Row> selection) {
        List<Row> open = selection.stream().filter(r -> r.status() != TranslationStatus.UNTRANSLATED).toList();
        boolean takeBack = !open.isEmpty() && open.stream().allMatch(r -> r.status() == TranslationStatus.APPROVED);
        List<Row> changing = open.stream().filter(r -> takeBack || r.status() != TranslationStatus.APPROVED).toList();
        Runnable all = () -> changing.forEach(takeBack ? this::unapprove : this::approve);
        if (history != null) {
            history.asOneStep(all);
        } else {
            all.run();
        }
        return changing.size();
    }

    /**
     * Writes a row's review note and whether it is resolved (issue 11: kept in the card source, never
     * exported), as one undo step; a row without a translation gets an untranslated entry to hold it.
     */
    public void editNote(Row row, String note, boolean resolved) {
        TranslatedSection ts = tracker.translation(language.get()).section(row.key);
        String noteBefore = ts.getNote();
        boolean resolvedBefore = ts.isNoteResolved();
        if (noteBefore.equals(note) && resolvedBefore == resolved) {
            return;
        }
        ts.setNote(note);
        ts.setNoteResolved(resolved);
        if (history != null && !history.isApplying()) {
            history.asOneStep(() -> {
                record(ts.noteProperty(), noteBefore, note);
                if (resolvedBefore != resolved) {
                    history.record(new PropertyEdit<>(ts.noteResolvedProperty(), resolvedBefore, resolved));
                }
            });
        }
        changed();
    }

    /** Runs an action and records what it changed on the row's translated section as one undo step. */
    private void recorded(Runnable action, Row row) {
        boolean existed = row.translated().isPresent();
        TranslatedSection ts = tracker.translation(language.get()).section(row.key);
        String[] before = {ts.getHeading(), ts.getText(), ts.getSourceFingerprint(), ts.getSourceText()};
        TranslationStatus statusBefore = existed ? ts.getStatus() : TranslationStatus.UNTRANSLATED;
        action.run();
        if (history != null && !history.isApplying()) {
            history.asOneStep(() -> {
                record(ts.headingProperty(), before[0], ts.getHeading());
                record(ts.textProperty(), before[1], ts.getText());
                record(ts.sourceFingerprintProperty(), before[2], ts.getSourceFingerprint());
                record(ts.sourceTextProperty(), before[3], ts.getSourceText());
                if (statusBefore != ts.getStatus()) {
                    history.record(new PropertyEdit<>(ts.statusProperty(), statusBefore, ts.getStatus()));
                }
            });
        }
        changed();
    }

    private void record(StringProperty p, String old, String now) {
        if (!old.equals(now)) {
            history.record(new PropertyEdit<>(p, old, now));
        }
    }

    /**
     * What the translator left in the editor, recorded as the row's translation. The editor shows
     * heading and text without the line break that ends them in the card (Markdown blocks end with
     * one), so it is put back; an untouched untranslated row stays untranslated.
     */
    public void editFromEditor(Row row, String headingText, String bodyText) {
        String h = headingText;
        if (row.source() != null && !h.isBlank() && !h.endsWith("\n")) {
            h = h + "\n";
        }
        String body = bodyText.isEmpty() ? bodyText : bodyText + "\n";
        if (h.equals(row.heading()) && body.equals(row.text())) {
            return;
        }
        if (h.isBlank() && body.isBlank() && row.status() == TranslationStatus.UNTRANSLATED) {
            return;
        }
        edit(row, h, body);
    }

    /** A stored text as the editor shows it: without the line break that ends it. */
    public static String editorText(String stored) {
        return stored.endsWith("\n") ? stored.substring(0, stored.length() - 1) : stored;
    }

    /** How a glossary term is written in the language being translated into. */
    public String rendering(Glossary.Term term) {
        return Glossary.isSimplifiedChinese(language.get()) ? term.zh() : term.en();
    }

    /** The matches of distinct terms, first occurrence each (the order Alt+1…9 insert them in). */
    public static List<Glossary.Match> distinctTerms(List<Glossary.Match> matches) {
        List<Glossary.Match> out = new ArrayList<>();
        Set<Glossary.Term> seen = new HashSet<>();
        for (Glossary.Match m : matches) {
            if (seen.add(m.term())) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The card as the translated README reads (what the Hub would show for it), with the source's
     * front matter so the tags show above the page as on the Hub; empty when there is no
     * translation into the language.
     */
    public Optional<Card> translatedCard() {
        return card.findTranslation(language.get()).flatMap(t -> {
            String text = new TranslationExport(card, sourceLanguage.get()).translatedReadme(t);
            try {
                Card translated = ReadmeReader.read(text.getBytes(StandardCharsets.UTF_8), "translation.md");
                translated.setFrontMatter(card.getFrontMatter());
                return Optional.of(translated);
            } catch (CardFormatException e) {
                return Optional.empty(); // a translation always reads back; nothing to show if it somehow does not
            }
        });
    }

    /** {@link #nextToDo}, with the filter opened to all rows when it hides that row. */
    public Optional<Row> nextToDoShown(Row from) {
        Optional<Row> next = nextToDo(from);
        next.filter(r -> !rows.contains(r)).ifPresent(r -> filter.set(Filter.ALL));
        return next;
    }

    /**
     * The next row after {@code from} (wrapping around) that still needs work: untranslated or
     * under review. Looks through every row, whatever the filter.
     */
    public Optional<Row> nextToDo(Row from) {
        int start = from == null ? -1 : allRows.indexOf(from);
        for (int k = 1; k <= allRows.size(); k++) {
            Row r = allRows.get(Math.floorMod(start + k, allRows.size()));
            TranslationStatus s = r.status();
            if (s == TranslationStatus.UNTRANSLATED || s == TranslationStatus.NEEDS_REVIEW) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Adds a language to work on (a BCP 47 tag) and switches to it; nothing is written to the card. */
    public void addLanguage(String tag) {
        dev.cardwright.translate.LanguageTag.Check c = dev.cardwright.translate.LanguageTag.check(tag);
        if (!c.ok()) {
            throw new IllegalArgumentException(c.message());
        }
        language.set(c.tag());
    }

    /** Starts a translation into a language the translator chose and confirmed, and switches to it. */
    public void createLanguage(String tag) {
        addLanguage(tag);
        tracker.translation(language.get());
    }

    public void dispose() {
        tracker.dispose();
    }
}
