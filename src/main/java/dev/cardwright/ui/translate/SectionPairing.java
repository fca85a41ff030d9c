package dev.cardwright.ui.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.cardwright.card.Card;
import dev.cardwright.card.TranslatedSection;
import dev.cardwright.card.Translation;
import dev.cardwright.card.TranslationStatus;
import dev.cardwright.translate.Fingerprint;
import dev.cardwright.ui.undo.PropertyEdit;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.beans.property.Property;

/**
 * A translator fixing how a translation pairs with the source, one undo step per operation:
 * pair a source section with another's translation (the two swap), split a translation at a
 * point (the rest, under a heading, becomes the translation of a section that has none), merge a
 * translation with the next one.
 *
 * <p>A translation that moved is <em>needs review</em>, stamped with the source it now stands
 * beside, as an imported one is: it was never checked against that source, and there is no earlier
 * source to show a diff of.
 */
final class SectionPairing {
    private final Card card;
    private final UndoHistory history;

    /** @param history where each operation goes as one step; null records nothing (tests of the logic) */
    SectionPairing(Card card, UndoHistory history) {
        this.card = card;
        this.history = history;
    }

    /** Swaps the translations of two sections: {@code key}'s translation becomes {@code other}'s and the other way round. */
    void pairWith(String language, String key, String other) {
        if (key.equals(other)) {
            return;
        }
        step(language, List.of(key, other), t -> {
            TranslatedSection a = t.section(key);
            TranslatedSection b = t.section(other);
            String heading = a.getHeading();
            String text = a.getText();
            a.setHeading(b.getHeading());
            a.setText(b.getText());
            b.setHeading(heading);
            b.setText(text);
            moved(a, key);
            moved(b, other);
        });
    }

    /**
     * Splits {@code key}'s translation at {@code at} (an offset in its text): the text before stays,
     * the rest goes under {@code heading} to {@code into}, a section without a translation.
     *
     * @throws IllegalArgumentException when {@code into} has a translation already
     */
    void split(String language, String key, int at, String heading, String into) {
        Translation existing = card.findTranslation(language).orElse(null);
        TranslatedSection target = existing == null ? null : existing.getSections().get(into);
        if (target != null && target.getStatus() != TranslationStatus.UNTRANSLATED) {
            throw new IllegalArgumentException("section '" + into + "' has a translation already");
        }
        step(language, List.of(key, into), t -> {
            TranslatedSection a = t.section(key);
            String text = a.getText();
            int cut = Math.max(0, Math.min(at, text.length()));
            String head = text.substring(0, cut).stripTrailing();
            String rest = text.substring(cut).strip();
            String h0 = heading.strip();
            if (!h0.isEmpty() && rest.startsWith(h0) && (rest.length() == h0.length() || rest.charAt(h0.length()) == '\n')) {
                rest = rest.substring(h0.length()).strip(); // the heading line the caret stood before is the new heading
            }
            a.setText(head.isEmpty() ? "" : head + "\n");
            TranslatedSection b = t.section(into);
            String h = heading.strip();
            b.setHeading(h.isEmpty() ? "" : h + "\n");
            b.setText(rest.isEmpty() ? "" : "\n" + rest + "\n");
            moved(a, key);
            moved(b, into);
        });
    }

    /** Appends {@code next}'s translation (heading and text) to {@code key}'s; {@code next} is left untranslated. */
    void mergeWithNext(String language, String key, String next) {
        step(language, List.of(key, next), t -> {
            TranslatedSection a = t.section(key);
            TranslatedSection b = t.section(next);
            StringBuilder merged = new StringBuilder(a.getText().stripTrailing());
            String more = (b.getHeading().strip() + "\n" + b.getText().strip()).strip();
            if (!more.isEmpty()) {
                merged.append(merged.length() == 0 ? "" : "\n\n").append(more);
            }
            a.setText(merged.length() == 0 ? "" : merged + "\n");
            b.setHeading("");
            b.setText("");
            moved(a, key);
            moved(b, next);
        });
    }

    /** After a move: under review against the source it now stands beside, or untranslated when empty. */
    private void moved(TranslatedSection ts, String key) {
        if (ts.getHeading().isBlank() && ts.getText().isBlank()) {
            ts.setSourceText("");
            ts.setSourceFingerprint("");
            ts.setStatus(TranslationStatus.UNTRANSLATED);
            return;
        }
        String source = Fingerprint.sourceText(card, key);
        ts.setSourceText(source == null ? "" : source);
        ts.setSourceFingerprint(source == null ? "" : Fingerprint.of(source));
        ts.setStatus(TranslationStatus.NEEDS_REVIEW);
    }

    /** Runs an operation on the translation's sections and records every property it changed as one step. */
    private void step(String language, List<String> keys, java.util.function.Consumer<Translation> operation) {
        Translation t = card.findTranslation(language).orElseGet(() -> {
            Translation created = new Translation(language);
            card.getTranslations().add(created);
            return created;
        });
        Map<Property<?>, Object> before = new LinkedHashMap<>();
        for (String key : keys) {
            TranslatedSection ts = t.section(key);
            for (Property<?> p : properties(ts)) {
                before.put(p, p.getValue());
            }
        }
        operation.accept(t);
        if (history == null || history.isApplying()) {
            return;
        }
        history.asOneStep(() -> before.forEach((p, old) -> {
            if (!java.util.Objects.equals(old, p.getValue())) {
                history.record(edit(p, old));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static <T> PropertyEdit<T> edit(Property<?> p, Object old) {
        Property<T> typed = (Property<T>) p;
        return new PropertyEdit<>(typed, (T) old, typed.getValue());
    }

    private static List<Property<?>> properties(TranslatedSection ts) {
        List<Property<?>> out = new ArrayList<>();
        out.add(ts.headingProperty());
        out.add(ts.textProperty());
        out.add(ts.sourceFingerprintProperty());
        out.add(ts.sourceTextProperty());
        out.add(ts.statusProperty());
        return out;
    }
}
