package dev.cardwright.card;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The translation of one source section: its translated heading line and text (LF-normalized
 * Markdown), the fingerprint and text of the source it was made from, and its status. Beside the
 * translation: how many commits changed the source after the translation did (known only when it
 * was imported from a git repository; 0 otherwise), and a reviewer's note with whether it is
 * resolved. Neither is ever exported to a README.
 */
public final class TranslatedSection {
    private final String sectionId;
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty sourceFingerprint = new SimpleStringProperty(this, "sourceFingerprint", "");
    private final StringProperty sourceText = new SimpleStringProperty(this, "sourceText", "");
    private final ObjectProperty<TranslationStatus> status =
            new SimpleObjectProperty<>(this, "status", TranslationStatus.UNTRANSLATED);
    private final IntegerProperty sourceCommits = new SimpleIntegerProperty(this, "sourceCommits", 0);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty noteResolved = new SimpleBooleanProperty(this, "noteResolved", false);

    public TranslatedSection(String sectionId) {
        this.sectionId = sectionId;
    }

    public String getSectionId() { return sectionId; }
    public StringProperty headingProperty() { return heading; }
    public StringProperty textProperty() { return text; }
    public StringProperty sourceFingerprintProperty() { return sourceFingerprint; }
    public StringProperty sourceTextProperty() { return sourceText; }
    public ObjectProperty<TranslationStatus> statusProperty() { return status; }

    public String getHeading() { return heading.get(); }
    public String getText() { return text.get(); }
    public String getSourceFingerprint() { return sourceFingerprint.get(); }
    public String getSourceText() { return sourceText.get(); }
    public TranslationStatus getStatus() { return status.get(); }
    public void setHeading(String value) { heading.set(value); }
    public void setText(String value) { text.set(value); }
    public void setSourceFingerprint(String value) { sourceFingerprint.set(value); }
    public void setSourceText(String value) { sourceText.set(value); }
    public void setStatus(TranslationStatus value) { status.set(value); }

    public IntegerProperty sourceCommitsProperty() { return sourceCommits; }
    public StringProperty noteProperty() { return note; }
    public BooleanProperty noteResolvedProperty() { return noteResolved; }
    public int getSourceCommits() { return sourceCommits.get(); }
    public String getNote() { return note.get(); }
    public boolean isNoteResolved() { return noteResolved.get(); }
    public void setSourceCommits(int value) { sourceCommits.set(value); }
    public void setNote(String value) { note.set(value == null ? "" : value); }
    public void setNoteResolved(boolean value) { noteResolved.set(value); }

    /** Whether a note is written and not yet resolved. */
    public boolean hasOpenNote() {
        return !getNote().isBlank() && !isNoteResolved();
    }
}
