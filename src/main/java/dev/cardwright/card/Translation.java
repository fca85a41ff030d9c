package dev.cardwright.card;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * A card's translation into one language (a BCP 47 tag such as {@code zh} or {@code zh-CN}):
 * translated sections keyed by source section id, in source order. The preamble, when translated,
 * is kept under the id {@link #PREAMBLE_ID}.
 */
public final class Translation {
    public static final String PREAMBLE_ID = "_preamble";

    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    /** The spacing convention between Chinese and Latin text ({@code space}, {@code nospace}, or "" for none chosen). */
    private final StringProperty cjkSpacing = new SimpleStringProperty(this, "cjkSpacing", "");
    private final ObservableMap<String, TranslatedSection> sections =
            FXCollections.observableMap(new java.util.LinkedHashMap<>());

    public Translation(String language) {
        this.language.set(language);
    }

    public StringProperty languageProperty() { return language; }
    public String getLanguage() { return language.get(); }
    public ObservableMap<String, TranslatedSection> getSections() { return sections; }
    public StringProperty cjkSpacingProperty() { return cjkSpacing; }
    public String getCjkSpacing() { return cjkSpacing.get(); }
    public void setCjkSpacing(String value) { cjkSpacing.set(value == null ? "" : value); }

    /** The translated section for a source id, created (untranslated) when missing. */
    public TranslatedSection section(String sectionId) {
        return sections.computeIfAbsent(sectionId, TranslatedSection::new);
    }
}
