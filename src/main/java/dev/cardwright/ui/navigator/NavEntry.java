package dev.cardwright.ui.navigator;

import dev.cardwright.card.Section;

/** One row of the navigator: the metadata, the text before the first heading, or a section. */
public record NavEntry(Kind kind, Section section) {
    public enum Kind { METADATA, PREAMBLE, SECTION }

    public static final NavEntry METADATA = new NavEntry(Kind.METADATA, null);
    public static final NavEntry PREAMBLE = new NavEntry(Kind.PREAMBLE, null);

    public static NavEntry of(Section s) {
        return new NavEntry(Kind.SECTION, s);
    }
}
