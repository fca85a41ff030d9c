package dev.cardwright.ui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.cardwright.card.Card;
import dev.cardwright.card.LineEnding;
import dev.cardwright.card.Section;

/**
 * Where each part of a card lands in its README, by line, so a diagnostic's line can be turned
 * into "the metadata block" or "line 3 of section X" and back.
 */
public final class LineMap {
    /** A part of the card: a section (null for front matter / preamble) and its first line (1-based). */
    public record Part(Section section, boolean frontMatter, int firstLine, int bodyFirstLine, int lastLine) {
    }

    private final List<Part> parts = new ArrayList<>();

    public LineMap(Card card) {
        int line = 1 + lines(card.getPrefix());
        if (card.getFrontMatter() != null) {
            int n = lines(card.getFrontMatter().write(LineEnding.LF));
            parts.add(new Part(null, true, line, line + 1, line + n - 1));
            line += n;
        }
        int pre = lines(card.getPreamble());
        if (pre > 0) {
            parts.add(new Part(null, false, line, line, line + pre - 1));
            line += pre;
        }
        for (Section s : (Iterable<Section>) card.allSections()::iterator) {
            int h = lines(s.getHeading());
            int t = lines(s.getText());
            parts.add(new Part(s, false, line, line + h, line + h + t - 1));
            line += h + t;
        }
    }

    private static int lines(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = (int) text.chars().filter(c -> c == '\n').count();
        return text.endsWith("\n") ? n : n + 1;
    }

    /** The README line of the front matter's opening {@code ---} (1 when there is none). */
    public int frontMatterFirstLine() {
        return parts.stream().filter(Part::frontMatter).mapToInt(Part::firstLine).findFirst().orElse(1);
    }

    public Optional<Part> partAt(int line) {
        return parts.stream().filter(p -> line >= p.firstLine() && line <= Math.max(p.firstLine(), p.lastLine())).findFirst();
    }
}
