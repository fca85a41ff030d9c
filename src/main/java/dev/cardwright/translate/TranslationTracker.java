package dev.cardwright.translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import javafx.util.Subscription;

/**
 * Keeps the status of a card's translations in step with its source. It hears the heading and
 * text edits of every source section (and the preamble) on the card's change feed; when the source of a translated section no
 * longer has the fingerprint the translation was made from, the translation becomes
 * {@link TranslationStatus#NEEDS_REVIEW}. The translated section keeps the source text it was made
 * from, so {@link #sourceChanges} can show the word diff until the translator confirms. Editing
 * the source back to what it was restores the earlier status.
 *
 * <p>Translations are keyed by section id; renaming an id is not a source edit and is not followed.
 */
public final class TranslationTracker {
    private final Card card;
    private final Subscription subscription;
    /** Status before a source edit sent a section to review, restored if the edit is undone. */
    private final Map<String, TranslationStatus> beforeReview = new HashMap<>();

    public TranslationTracker(Card card) {
        this.card = card;
        subscription = card.changes().subscribe(change -> {
            if (change instanceof CardChange.Value v) {
                if (v.part() == CardChange.Part.PREAMBLE) {
                    sourceChanged(Translation.PREAMBLE_ID);
                } else if (v.part() == CardChange.Part.SECTION
                        && (v.property() == v.section().textProperty() || v.property() == v.section().headingProperty())) {
                    sourceChanged(v.section().getId());
                }
            }
        });
        refresh();
    }

    /** Stops following the card. */
    public void dispose() {
        subscription.unsubscribe();
    }

    /** Re-checks every translated section against the current source (after loading a card edited elsewhere). */
    public void refresh() {
        for (Translation t : card.getTranslations()) {
            for (String id : List.copyOf(t.getSections().keySet())) {
                check(t, id);
            }
        }
    }

    private void sourceChanged(String sectionId) {
        for (Translation t : card.getTranslations()) {
            if (t.getSections().containsKey(sectionId)) {
                check(t, sectionId);
            }
        }
    }

    private void check(Translation t, String sectionId) {
        TranslatedSection ts = t.getSections().get(sectionId);
        String source = Fingerprint.sourceText(card, sectionId);
        if (ts == null || source == null || ts.getStatus() == TranslationStatus.UNTRANSLATED) {
            return;
        }
        if (ts.getSourceFingerprint().isBlank()) {
            // written by hand or by another tool: nothing says which source it was made from, so it
            // is taken to be of the current one rather than sending every such section to review
            stamp(ts, sectionId);
            return;
        }
        boolean current = Fingerprint.of(source).equals(ts.getSourceFingerprint());
        String key = key(t.getLanguage(), sectionId);
        if (!current && ts.getStatus() != TranslationStatus.NEEDS_REVIEW) {
            beforeReview.put(key, ts.getStatus());
            ts.setStatus(TranslationStatus.NEEDS_REVIEW);
        } else if (current && ts.getStatus() == TranslationStatus.NEEDS_REVIEW && beforeReview.containsKey(key)) {
            ts.setStatus(beforeReview.remove(key));
        }
    }

    private static String key(String language, String sectionId) {
        return language + "\u0000" + sectionId;
    }

    /** The translation of a language, created (empty) when the card has none yet. */
    public Translation translation(String language) {
        return card.findTranslation(language).orElseGet(() -> {
            Translation t = new Translation(language);
            card.getTranslations().add(t);
            return t;
        });
    }

    /**
     * Records a translator's text for a section. An untranslated section becomes translated from
     * the current source; a section under review stays under review until {@link #confirm}.
     */
    public TranslatedSection record(String language, String sectionId, String heading, String text) {
        TranslatedSection ts = translation(language).section(sectionId);
        ts.setHeading(heading == null ? "" : heading);
        ts.setText(text == null ? "" : text);
        boolean empty = ts.getHeading().isBlank() && ts.getText().isBlank();
        if (empty) {
            ts.setStatus(TranslationStatus.UNTRANSLATED);
            beforeReview.remove(key(language, sectionId));
        } else if (ts.getStatus() == TranslationStatus.UNTRANSLATED) {
            stamp(ts, sectionId);
            ts.setStatus(TranslationStatus.TRANSLATED);
        }
        return ts;
    }

    /** The translator confirms a section under review (or any section): it is translated from the current source. */
    public void confirm(String language, String sectionId) {
        TranslatedSection ts = translation(language).section(sectionId);
        stamp(ts, sectionId);
        beforeReview.remove(key(language, sectionId));
        ts.setStatus(TranslationStatus.TRANSLATED);
    }

    /** A reviewer approves a translated section; the source it was made from becomes the current one. */
    public void approve(String language, String sectionId) {
        TranslatedSection ts = translation(language).section(sectionId);
        stamp(ts, sectionId);
        beforeReview.remove(key(language, sectionId));
        ts.setStatus(TranslationStatus.APPROVED);
    }

    /**
     * Takes an approval back: the section is translated again (a reviewer changed their mind, or
     * approved the wrong one). Any other status is left as it is.
     */
    public void unapprove(String language, String sectionId) {
        TranslatedSection ts = translation(language).section(sectionId);
        if (ts.getStatus() == TranslationStatus.APPROVED) {
            ts.setStatus(TranslationStatus.TRANSLATED);
        }
    }

    private void stamp(TranslatedSection ts, String sectionId) {
        String source = Fingerprint.sourceText(card, sectionId);
        if (source == null) {
            throw new IllegalArgumentException("the card has no section '" + sectionId + "'");
        }
        ts.setSourceText(source);
        ts.setSourceFingerprint(Fingerprint.of(source));
        ts.setSourceCommits(0); // the commits counted at import are behind us once someone checks it
    }

    /**
     * What changed in the source since the translation was made: the word diff of the source text
     * stored with the translation and the current one; empty when the section is not under review.
     */
    public Optional<List<WordDiff.Piece>> sourceChanges(String language, String sectionId) {
        return card.findTranslation(language)
                .map(t -> t.getSections().get(sectionId))
                .filter(ts -> ts.getStatus() == TranslationStatus.NEEDS_REVIEW)
                .filter(ts -> !unchangedSince(ts, sectionId))
                .map(ts -> WordDiff.diff(ts.getSourceText(), Fingerprint.sourceText(card, sectionId)));
    }

    /**
     * Whether a section is under review although its source is the one it was made from: an
     * imported translation nobody has reviewed yet (an imported file has no earlier source, so
     * there is no diff to show).
     */
    public boolean awaitingFirstReview(String language, String sectionId) {
        return card.findTranslation(language)
                .map(t -> t.getSections().get(sectionId))
                .filter(ts -> ts.getStatus() == TranslationStatus.NEEDS_REVIEW)
                .filter(ts -> unchangedSince(ts, sectionId))
                .isPresent();
    }

    private boolean unchangedSince(TranslatedSection ts, String sectionId) {
        String source = Fingerprint.sourceText(card, sectionId);
        return source != null && Fingerprint.of(source).equals(ts.getSourceFingerprint());
    }
}
