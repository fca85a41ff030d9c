package dev.cardwright.ui.section;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.ui.undo.UndoHistory;
import javafx.collections.ObservableList;

/**
 * Structural edits of a card's section tree — add, remove, rename, move — each recorded as one
 * undo step. Headings are written as ATX headings ({@code ## Title}); a renamed setext heading
 * becomes an ATX one, which the Hub renders the same.
 */
public final class SectionStructure {
    private final Card card;
    private final UndoHistory history;

    public SectionStructure(Card card, UndoHistory history) {
        this.card = card;
        this.history = history;
    }

    /** The list holding {@code section} (the card's top level or a parent's children). */
    public Optional<ObservableList<Section>> siblingsOf(Section section) {
        if (card.getSections().contains(section)) {
            return Optional.of(card.getSections());
        }
        return card.allSections().filter(s -> s.getChildren().contains(section)).findFirst().map(Section::getChildren);
    }

    /** Adds a new section with {@code title} after {@code after} (same level), or at the end of the card. */
    public Section add(Section after, String title) {
        int level = after == null ? 2 : after.getLevel();
        Section created = new Section(uniqueId(slug(title)), level, heading(level, title), title, "\n");
        history.asOneStep(() -> {
            if (after == null) {
                ensureBodyEndsWithNewline(card.getSections());
                card.getSections().add(created);
            } else {
                ObservableList<Section> list = siblingsOf(after).orElseThrow();
                terminate(after);
                list.add(list.indexOf(after) + 1, created);
            }
        });
        return created;
    }

    public void remove(Section section) {
        siblingsOf(section).ifPresent(list -> history.asOneStep(() -> list.remove(section)));
    }

    /** Changes the heading's text, keeping its level. */
    public void rename(Section section, String title) {
        String clean = title.strip();
        if (clean.isEmpty() || clean.equals(section.getTitle())) {
            return;
        }
        history.asOneStep(() -> {
            section.setTitle(clean);
            section.setHeading(heading(section.getLevel(), clean));
        });
    }

    public boolean canMove(Section section, int delta) {
        return siblingsOf(section).map(list -> {
            int to = list.indexOf(section) + delta;
            return to >= 0 && to < list.size();
        }).orElse(false);
    }

    /** Moves a section (with its subsections) one place up ({@code -1}) or down ({@code +1}) among its siblings. */
    public void move(Section section, int delta) {
        if (!canMove(section, delta)) {
            return;
        }
        ObservableList<Section> list = siblingsOf(section).orElseThrow();
        int from = list.indexOf(section);
        history.asOneStep(() -> {
            // a section moved to the end must still end with a line break, or the next heading would glue on
            terminate(section);
            terminate(list.get(from + delta));
            list.remove(from);
            list.add(from + delta, section);
        });
    }

    private void ensureBodyEndsWithNewline(ObservableList<Section> list) {
        if (!list.isEmpty()) {
            terminate(list.get(list.size() - 1));
        } else if (!card.getPreamble().isEmpty() && !card.getPreamble().endsWith("\n")) {
            card.setPreamble(card.getPreamble() + "\n");
        }
    }

    /** Makes the last text of a section (its own or its last descendant's) end with a line break. */
    private static void terminate(Section section) {
        Section last = section;
        while (!last.getChildren().isEmpty()) {
            last = last.getChildren().get(last.getChildren().size() - 1);
        }
        if (!last.getText().endsWith("\n")) {
            last.setText(last.getText() + "\n");
        }
    }

    static String heading(int level, String title) {
        return "#".repeat(Math.max(1, Math.min(6, level))) + " " + title + "\n";
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; card.findSection(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String slug(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "section" : s;
    }
}
