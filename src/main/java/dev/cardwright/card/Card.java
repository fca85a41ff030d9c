package dev.cardwright.card;

import java.util.Optional;
import java.util.stream.Stream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A model (or dataset) card: everything needed to write its README back exactly.
 *
 * <pre>
 *   prefix        text before the front matter (kept verbatim; usually empty)
 *   frontMatter   optional YAML block
 *   preamble      body text before the first heading
 *   sections      the tree of sections
 * </pre>
 *
 * Writing {@code prefix + frontMatter + preamble + sections} reproduces the file's characters;
 * the {@link FileFormat} turns them back into its bytes. Translations and export settings belong
 * to the card source file only.
 */
public final class Card {
    private final ObjectProperty<FileFormat> format = new SimpleObjectProperty<>(this, "format", FileFormat.DEFAULT);
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final ObjectProperty<FrontMatter> frontMatter = new SimpleObjectProperty<>(this, "frontMatter", null);
    private final StringProperty preamble = new SimpleStringProperty(this, "preamble", "");
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Translation> translations = FXCollections.observableArrayList();
    private final ExportSettings exportSettings = new ExportSettings();
    private final javafx.collections.ObservableMap<String, RoleAssignment> roles =
            FXCollections.observableMap(new java.util.LinkedHashMap<>());
    private final StringProperty cardType = new SimpleStringProperty(this, "cardType", "model");
    private CardChanges changes;
    private SourceText originalPrefix;
    // issue 13: a card is a repository folder (README, translations, .eval_results, linked files)
    private final ObservableList<EvalResultsFile> evalResultsFiles = FXCollections.observableArrayList();
    private final RepositoryOrigin repository = new RepositoryOrigin();
    private SourceText originalPreamble;

    public ObjectProperty<FileFormat> formatProperty() { return format; }

    /** The one stream of this card's changes that views, undo and trackers subscribe to. */
    public CardChanges changes() {
        if (changes == null) {
            changes = new CardChanges(this);
        }
        return changes;
    }

    public StringProperty prefixProperty() { return prefix; }
    public ObjectProperty<FrontMatter> frontMatterProperty() { return frontMatter; }
    public StringProperty preambleProperty() { return preamble; }
    public ObservableList<Section> getSections() { return sections; }
    public ObservableList<Translation> getTranslations() { return translations; }
    public ExportSettings getExportSettings() { return exportSettings; }
    public ObservableList<EvalResultsFile> getEvalResultsFiles() { return evalResultsFiles; }
    public RepositoryOrigin getRepository() { return repository; }
    /** Roles assigned by hand, by section id (docs/roles.md); sections without one have {@link Role#byDefault}. */
    public javafx.collections.ObservableMap<String, RoleAssignment> getRoles() { return roles; }

    /** A section's role: the one assigned, else the guidebook's default. */
    public RoleAssignment roleOf(Section section) {
        RoleAssignment assigned = roles.get(section.getId());
        return assigned != null ? assigned : new RoleAssignment(Role.byDefault(section.getId()), "");
    }
    /** {@code model} or {@code dataset}: which template schema applies. */
    public StringProperty cardTypeProperty() { return cardType; }

    public FileFormat getFormat() { return format.get(); }
    public String getPrefix() { return prefix.get(); }
    public FrontMatter getFrontMatter() { return frontMatter.get(); }
    public String getPreamble() { return preamble.get(); }
    public String getCardType() { return cardType.get(); }
    public void setFormat(FileFormat value) { format.set(value); }
    public void setFrontMatter(FrontMatter value) { frontMatter.set(value); }
    public void setPreamble(String value) { preamble.set(value); }
    public void setPrefix(String value) { prefix.set(value); }
    public void setCardType(String value) { cardType.set(value); }

    /** Sets prefix and preamble from the exact original text. */
    public void readPrefixAndPreamble(String rawPrefix, String rawPreamble) {
        originalPrefix = new SourceText(rawPrefix);
        originalPreamble = new SourceText(rawPreamble);
        prefix.set(originalPrefix.normalized());
        preamble.set(originalPreamble.normalized());
    }

    public SourceText originalPrefix() { return originalPrefix; }
    public SourceText originalPreamble() { return originalPreamble; }

    public void setOriginals(SourceText prefix, SourceText preamble) {
        this.originalPrefix = prefix;
        this.originalPreamble = preamble;
    }

    /** Every section of the tree, depth first. */
    public Stream<Section> allSections() {
        return sections.stream().flatMap(Section::flatten);
    }

    public Optional<Section> findSection(String id) {
        return allSections().filter(s -> s.getId().equals(id)).findFirst();
    }

    public Optional<Translation> findTranslation(String language) {
        return translations.stream().filter(t -> t.getLanguage().equals(language)).findFirst();
    }

    /** The card's characters (not yet encoded): the README text. */
    public String write() {
        LineEnding ending = format.get().lineEnding();
        StringBuilder out = new StringBuilder();
        out.append(SourceText.write(originalPrefix, getPrefix(), ending));
        if (getFrontMatter() != null) {
            out.append(getFrontMatter().write(ending));
        }
        out.append(SourceText.write(originalPreamble, getPreamble(), ending));
        for (Section s : sections) {
            s.write(out, ending);
        }
        return out.toString();
    }
}
