package dev.cardwright.ui.metadata;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.CardChange;
import dev.cardwright.card.FrontMatter;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.common.StyleClasses;
import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import dev.cardwright.yaml.YamlReader;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The metadata pane. The YAML area at the bottom edits the front matter text directly and is
 * checked as you type; typed editors for the known keys sit above it.
 */
public final class MetadataPane extends ScrollPane {
    private final Card card;
    private final MetadataViewModel model;
    private final CodeArea yaml = new CodeArea();
    private final Label yamlStatus = new Label();
    private final VBox content = new VBox();
    private final GridPane form = new GridPane();
    /** Front matter longer than this shows its YAML area only when asked. */
    static final int BIG_YAML = 100_000;
    private final StackPane yamlHolder = new StackPane();
    private boolean yamlShown;
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<String, FontIcon> marks = new HashMap<>();
    private final Label editError = new Label();
    private int row;
    private ResultsTable results;
    private boolean pushing;
    private final LatestOnly checking;
    private Subscription subscription = Subscription.EMPTY;
    /** The colours last applied to the YAML area, and the range of its text edited since (-1: none). */
    private StyleSpans<Collection<String>> styled;
    private int editedFrom = -1;
    private int editedTo = -1;

    public MetadataPane(Card card, Vocabularies vocabularies, TaskExecutor executor) {
        this.card = card;
        this.model = new MetadataViewModel(card, vocabularies, executor);
        this.checking = new LatestOnly(executor);
        this.yamlShown = currentYaml().length() <= BIG_YAML;
        createView();
        bind();
    }

    public MetadataViewModel model() { return model; }

    private void createView() {
        getStyleClass().addAll("metadata-pane", "edge-to-edge");
        setFitToWidth(true);
        setContent(content);
        content.setSpacing(10);
        content.setPadding(new Insets(16, 18, 12, 18));
        Label title = new Label(Messages.get("metadata.title"));
        title.getStyleClass().addAll(StyleClasses.TITLE_3, StyleClasses.PANE_TITLE);
        Label guidance = new Label(Messages.get("metadata.guidance"));
        guidance.setWrapText(true);
        guidance.getStyleClass().add(StyleClasses.GUIDANCE);
        editError.setId("metadata-edit-error");
        editError.getStyleClass().add("edit-error");
        editError.setWrapText(true);
        editError.textProperty().bind(model.editErrorProperty());
        editError.visibleProperty().bind(model.editErrorProperty().isNotEmpty());
        editError.managedProperty().bind(editError.visibleProperty());
        buildForm();
        results = new ResultsTable(model);
        Label resultsLabel = new Label(Messages.get("results.title"));
        resultsLabel.getStyleClass().add(StyleClasses.TITLE_4);
        resultsLabel.setLabelFor(results.table());
        controls.put("model-index", results.table());
        Label yamlLabel = new Label(Messages.get("metadata.yaml"));
        yamlLabel.getStyleClass().add(StyleClasses.TEXT_MUTED);
        yamlLabel.setLabelFor(yaml);
        yaml.setId("metadata-yaml");
        yaml.setAccessibleText(Messages.get("metadata.yaml"));
        yaml.getStyleClass().add("yaml-area");
        yaml.setParagraphGraphicFactory(LineNumberFactory.get(yaml));
        yaml.setUndoManager(UndoUtils.noOpUndoManager());
        yamlStatus.setId("metadata-yaml-status");
        yamlStatus.getStyleClass().add("yaml-status");
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(yaml);
        scroll.setPrefHeight(260);
        scroll.setMinHeight(160);
        yamlHolder.setAlignment(Pos.CENTER_LEFT);
        yamlHolder.getChildren().setAll(yamlShown ? scroll : showYamlButton(scroll));
        Label yamlHint = new Label(Messages.get("metadata.yaml.hint"));
        yamlHint.setWrapText(true);
        yamlHint.getStyleClass().add(StyleClasses.TEXT_MUTED);
        content.getChildren().addAll(title, guidance, flowNotice(), editError, form, resultsLabel, resultsWithCharts(), yamlLabel, yamlHint, yamlHolder, yamlStatus);
    }

    /**
     * Over {@value #BIG_YAML} characters the YAML area waits for a press of this button: filling
     * and laying out a 600 KB text (22,000 lines) cost the pane seconds before it first showed,
     * for a text most people edit through the form and the table (issue 14).
     */
    private javafx.scene.Node showYamlButton(javafx.scene.Node area) {
        javafx.scene.control.Button show = new javafx.scene.control.Button(
                Messages.get("metadata.yaml.showBig", String.valueOf(currentYaml().length() / 1024)));
        show.setId("metadata-yaml-show");
        show.setOnAction(e -> revealYaml(area));
        return show;
    }

    private void revealYaml(javafx.scene.Node area) {
        if (yamlShown) {
            return;
        }
        yamlShown = true;
        yamlHolder.getChildren().setAll(area);
        show(currentYaml()); // the area's text listener checks and colours it
    }

    /**
     * Metadata written as one flow mapping ({@code {license: mit}}) cannot be edited key by key:
     * say so and offer to write it in block style, instead of refusing every edit of the form.
     * Shown while the text is such a mapping (an empty {@code {}} needs no offer: the first
     * edit converts it).
     */
    private javafx.scene.Node flowNotice() {
        Label text = new Label(Messages.get("metadata.flow.notice"));
        text.setWrapText(true);
        javafx.scene.control.Button convert = new javafx.scene.control.Button(Messages.get("metadata.flow.convert"));
        convert.setId("metadata-convert-block");
        convert.setOnAction(e -> model.convertToBlockStyle());
        HBox box = new HBox(10, text, convert);
        box.setId("metadata-flow-notice");
        box.getStyleClass().add("flow-notice");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable update = () -> {
            boolean shown = model.needsBlockStyle();
            box.setVisible(shown);
            box.setManaged(shown);
        };
        update.run();
        javafx.beans.value.ChangeListener<String> onText = (obs, old, now) -> update.run();
        if (card.getFrontMatter() != null) {
            card.getFrontMatter().yamlProperty().addListener(onText);
        }
        card.frontMatterProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.yamlProperty().removeListener(onText);
            }
            if (now != null) {
                now.yamlProperty().addListener(onText);
            }
            update.run();
        });
        return box;
    }

    private void buildForm() {
        form.getStyleClass().add(StyleClasses.FIELD_GRID);
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, inputs);
        Vocabularies v = model.vocabularies();

        TextField license = picker("license", model.licenseProperty(), v.licenses());
        addRow("license", Messages.get("metadata.license"), license, describe(license, v.licenses()));
        TextField licenseName = text("license_name", model.licenseNameProperty());
        Label ln = addRow("license_name", Messages.get("metadata.licenseName"), licenseName, null);
        TextField licenseLink = text("license_link", model.licenseLinkProperty());
        Label ll = addRow("license_link", Messages.get("metadata.licenseLink"), licenseLink, null);
        for (javafx.scene.Node n : List.of(licenseName, licenseLink, ln, ll)) {
            n.visibleProperty().bind(model.otherLicenseProperty());
            n.managedProperty().bind(model.otherLicenseProperty());
        }
        ChipsInput languages = new ChipsInput("metadata-language", Messages.get("metadata.languages"),
                model.getLanguages(), v.languages(), code -> nameOf(v.languages(), code));
        addRow("language", Messages.get("metadata.languages"), languages.input(), languages);
        TextField pipeline = picker("pipeline_tag", model.pipelineTagProperty(), v.pipelineTags());
        addRow("pipeline_tag", Messages.get("metadata.pipelineTag"), pipeline, describe(pipeline, v.pipelineTags()));
        TextField library = picker("library_name", model.libraryNameProperty(), v.libraries());
        addRow("library_name", Messages.get("metadata.library"), library, describe(library, v.libraries()));
        ChipsInput tags = new ChipsInput("metadata-tags", Messages.get("metadata.tags"), model.getTags(), List.of(), t -> "");
        addRow("tags", Messages.get("metadata.tags"), tags.input(), tags);
        ChipsInput datasets = new ChipsInput("metadata-datasets", Messages.get("metadata.datasets"), model.getDatasets(), List.of(), t -> "");
        addRow("datasets", Messages.get("metadata.datasets"), datasets.input(), datasets);
        ChipsInput baseModels = new ChipsInput("metadata-base_model", Messages.get("metadata.baseModel"), model.getBaseModels(), List.of(), t -> "");
        addRow("base_model", Messages.get("metadata.baseModel"), baseModels.input(), baseModels);
        ComboBox<String> relation = new ComboBox<>(FXCollections.observableArrayList("", "adapter", "finetune", "merge", "quantized"));
        relation.setId("metadata-base_model_relation");
        relation.setAccessibleText(Messages.get("metadata.baseModelRelation"));
        relation.valueProperty().bindBidirectional(model.baseModelRelationProperty());
        addRow("base_model_relation", Messages.get("metadata.baseModelRelation"), relation, null);
        ChipsInput metrics = new ChipsInput("metadata-metrics", Messages.get("metadata.metrics"), model.getMetrics(), List.of(), t -> "");
        addRow("metrics", Messages.get("metadata.metrics"), metrics.input(), metrics);
        TextField co2 = text("co2_eq_emissions", model.co2Property());
        co2.setPromptText(Messages.get("metadata.co2.prompt"));
        addRow("co2_eq_emissions", Messages.get("metadata.co2"), co2, null);
        addRow("extra_gated_heading", Messages.get("metadata.gatedHeading"), text("extra_gated_heading", model.gatedHeadingProperty()), null);
        addRow("extra_gated_prompt", Messages.get("metadata.gatedPrompt"), text("extra_gated_prompt", model.gatedPromptProperty()), null);
        addRow("extra_gated_button_content", Messages.get("metadata.gatedButton"), text("extra_gated_button_content", model.gatedButtonProperty()), null);
    }

    private static String nameOf(List<Choice> choices, String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> c.name() + (c.alt() == null || c.alt().isBlank() ? "" : " · " + c.alt())).orElse("");
    }

    /** A picker's field with the chosen entry's name beside it. */
    private static javafx.scene.Node describe(TextField field, List<Choice> choices) {
        Label name = new Label();
        name.getStyleClass().add(StyleClasses.TEXT_MUTED);
        name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> nameOf(choices, field.getText().strip()), field.textProperty()));
        HBox box = new HBox(10, field, name);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        return box;
    }

    private TextField text(String key, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId("metadata-" + key);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** A text field that suggests entries of a vocabulary (searchable by id and names); picking one writes its id. */
    private TextField picker(String key, javafx.beans.property.StringProperty property, List<Choice> choices) {
        TextField f = text(key, property);
        PickerCompletion.bind(f, choices, f::setText);
        return f;
    }

    private Label addRow(String key, String labelText, Control input, javafx.scene.Node shown) {
        Label label = new Label(labelText);
        label.setLabelFor(input);
        label.setMnemonicParsing(false);
        if (input.getAccessibleText() == null) {
            input.setAccessibleText(labelText);
        }
        controls.put(key, input);
        form.addRow(row++, label, marked(key, shown == null ? input : shown));
        return label;
    }

    /**
     * The node with room for a problem mark at its right edge, drawn over it. Our own overlay, not
     * ControlsFX's decorations: those need a decoration layer at the top of the scene, which only
     * ControlsFX's internal classes provide.
     */
    /** The results table with its charts beside it (issue 15: one bar chart per dataset, docs/charts.md). */
    /**
     * The charts flow below the table rather than beside it: the table has ten columns and needs
     * the pane's whole width, or the value column scrolls out of sight.
     */
    private javafx.scene.Node resultsWithCharts() {
        javafx.scene.Node table = marked("model-index", results);
        javafx.scene.Node charts = new dev.cardwright.ui.chart.EvalChartPane(model.getResults()).node();
        return new javafx.scene.layout.VBox(12, table, charts);
    }

    private javafx.scene.Node marked(String key, javafx.scene.Node node) {
        FontIcon icon = new FontIcon(Feather.ALERT_CIRCLE);
        icon.setId(NodeIds.of("problem", key));
        icon.getStyleClass().add("decoration-error");
        icon.setVisible(false);
        Tooltip tip = new Tooltip();
        Tooltip.install(icon, tip);
        icon.getProperties().put(MARK_TIP, tip);
        marks.put(key, icon);
        StackPane holder = new StackPane(node, icon);
        StackPane.setAlignment(node, Pos.CENTER_LEFT); // a combo box keeps its own width, at the left as in the grid
        StackPane.setAlignment(icon, Pos.CENTER_RIGHT);
        StackPane.setMargin(icon, new Insets(0, 8, 0, 0));
        // a row hidden with its control (license name and link unless the license is "other") takes no room
        holder.visibleProperty().bind(node.visibleProperty());
        holder.managedProperty().bind(node.managedProperty());
        return holder;
    }

    /**
     * Marks the controls whose key has a problem, with the rule's message as the decoration's
     * tooltip; clears the others.
     */
    public void showProblems(Map<String, String> byKey) {
        for (Map.Entry<String, Control> e : controls.entrySet()) {
            Control c = e.getValue();
            String message = byKey.get(e.getKey());
            FontIcon mark = marks.get(e.getKey());
            c.getStyleClass().remove(StyleClasses.INVALID);
            c.getProperties().remove(PROBLEM);
            mark.setVisible(message != null);
            ((Tooltip) mark.getProperties().get(MARK_TIP)).setText(message);
            if (message != null) {
                c.getStyleClass().add(StyleClasses.INVALID);
                c.getProperties().put(PROBLEM, message);
                c.setTooltip(new Tooltip(message));
            } else {
                c.setTooltip(null);
            }
        }
    }

    /** Key of a control's properties holding the problem message it is decorated with. */
    public static final String PROBLEM = "cardwright.problem";
    private static final String MARK_TIP = "cardwright.markTip";

    private void bind() {
        yaml.plainTextChanges().subscribe(c -> edited(c.getPosition(), c.getRemoved().length(), c.getInserted().length()));
        if (yamlShown) {
            show(currentYaml());
            checkYaml(yaml.getText());
        }
        yaml.textProperty().addListener((obs, old, now) -> {
            checkYaml(now);
            if (!pushing) {
                FrontMatter fm = card.getFrontMatter();
                if (fm == null) {
                    if (now.isBlank()) {
                        return;
                    }
                    fm = new FrontMatter();
                    fm.setYaml(terminated(now));
                    card.setFrontMatter(fm);
                } else {
                    fm.setYaml(terminated(now));
                }
            }
        });
        subscription = card.changes().subscribe(change -> {
            if (yamlShown && change instanceof CardChange.Value v && v.part() == CardChange.Part.FRONT_MATTER) {
                show(currentYaml());
            }
        });
    }

    /** Stops following the card (its document was closed or replaced). */
    public void dispose() {
        subscription.unsubscribe();
        checking.cancel();
        model.dispose();
    }

    private static String terminated(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    private String currentYaml() {
        return card.getFrontMatter() == null ? "" : card.getFrontMatter().getYaml();
    }

    private void show(String text) {
        if (text == null || terminated(yaml.getText()).equals(text) || yaml.getText().equals(text)) {
            return;
        }
        pushing = true;
        try {
            dev.cardwright.ui.section.ChangedText.replace(yaml, text);
            if (!yaml.isFocused()) {
                yaml.moveTo(0);
                yaml.showParagraphAtTop(0);
            }
        } finally {
            pushing = false;
        }
    }

    /** What the background found for one text of the YAML area: its colours and whether it loads. */
    private record Check(StyleSpans<Collection<String>> spans, String problem) {
    }

    /**
     * Colours and checks the text in the background: both read the whole block, which on a
     * 600 KB {@code model-index} takes longer than a keystroke may.
     */
    private void checkYaml(String text) {
        checking.submit(() -> {
            String problem = null;
            try {
                YamlReader.load(text);
            } catch (RuntimeException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            }
            return new Check(YamlHighlighter.spans(text), problem);
        }, check -> showCheck(check, text));
    }

    private void showCheck(Check check, String forText) {
        if (!yaml.getText().equals(forText)) {
            return;
        }
        if (check.spans().length() == yaml.getLength()) {
            restyle(check.spans());
        }
        if (check.problem() == null) {
            yamlStatus.setText(Messages.get("metadata.yaml.valid"));
            yamlStatus.getStyleClass().remove(StyleClasses.INVALID);
        } else {
            yamlStatus.setText(Messages.get("metadata.yaml.invalid", check.problem()));
            if (!yamlStatus.getStyleClass().contains(StyleClasses.INVALID)) {
                yamlStatus.getStyleClass().add(StyleClasses.INVALID);
            }
        }
    }

    /**
     * Applies the colours of {@code text}, restyling only from the first to the last place where
     * the area was edited or the colours differ from those applied last: restyling all of a 600 KB
     * block for one keystroke took the FX thread 25-60 ms.
     */
    private void restyle(StyleSpans<Collection<String>> spans) {
        if (styled == null) {
            yaml.setStyleSpans(0, spans);
        } else {
            int length = spans.length();
            // text typed since the last colouring carries its neighbour's colour, so it is restyled even
            // where the colours computed for the old and the new text agree around it
            int from = Math.min(samePrefix(styled, spans), editedFrom < 0 ? length : editedFrom);
            int to = Math.max(length - sameSuffix(styled, spans), editedFrom < 0 ? 0 : editedTo);
            from = Math.min(from, length);
            to = Math.min(Math.max(to, from), length);
            if (from < to) {
                yaml.setStyleSpans(from, spans.subView(from, to));
            }
        }
        styled = spans;
        editedFrom = -1;
        editedTo = -1;
    }

    /** Widens the range edited since the last colouring by one change of the text. */
    private void edited(int position, int removed, int inserted) {
        if (editedFrom < 0) {
            editedFrom = position;
            editedTo = position + inserted;
        } else {
            editedTo = editedTo <= position ? position + inserted : Math.max(editedTo + inserted - removed, position + inserted);
            editedFrom = Math.min(editedFrom, position);
        }
    }

    /** Characters covered by the leading spans the two have in common. */
    private static int samePrefix(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        int n = Math.min(a.getSpanCount(), b.getSpanCount());
        int length = 0;
        for (int i = 0; i < n && a.getStyleSpan(i).equals(b.getStyleSpan(i)); i++) {
            length += a.getStyleSpan(i).getLength();
        }
        return length;
    }

    /** Characters covered by the trailing spans the two have in common. */
    private static int sameSuffix(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        int n = Math.min(a.getSpanCount(), b.getSpanCount());
        int length = 0;
        for (int i = 1; i <= n && a.getStyleSpan(a.getSpanCount() - i).equals(b.getStyleSpan(b.getSpanCount() - i)); i++) {
            length += a.getStyleSpan(a.getSpanCount() - i).getLength();
        }
        return length;
    }

    public CodeArea yamlArea() { return yaml; }

    /** Puts the caret on the problem's line of the YAML (README line 1 is the opening fence). */
    public void focusProblem(dev.cardwright.ui.check.Problem p) {
        Control control = controls.get(MetadataViewModel.topKey(p.path()));
        if (control != null) {
            control.requestFocus();
            return;
        }
        if (!yamlShown && yamlHolder.getChildren().get(0) instanceof javafx.scene.control.Button show) {
            show.fire();
        }
        int prefixLines = (int) card.getPrefix().chars().filter(c -> c == '\n').count();
        int line = p.line() - prefixLines - 1;
        if (line >= 1 && line <= yaml.getParagraphs().size()) {
            yaml.moveTo(line - 1, Math.max(0, Math.min(p.column() - 1, yaml.getParagraph(line - 1).length())));
            yaml.requestFollowCaret();
        }
        yaml.requestFocus();
    }
}
