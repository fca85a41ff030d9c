package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import dev.cardwright.card.Card;
import dev.cardwright.card.Section;
import dev.cardwright.testing.SharedCorpus;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.common.NodeIds;
import dev.cardwright.ui.preview.WebViewPreview;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Drives the real main window headless (Monocle): open a corpus card, edit a Markdown section and
 * metadata, check the model, the exported README (smallest diff) and the preview page, undo, save
 * and reopen.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
    private static final String CARD = "saranscript_huggingface-models__models_EColi_sponsorblock-base-v1_README.md";

    @TempDir
    Path dir;

    private final List<String> openedLinks = new ArrayList<>();

    @RegisterExtension
    final MainWindowExtension editor = new MainWindowExtension("window").withPreview(() -> new WebViewPreview(openedLinks::add));

    @BeforeEach
    void start(FxRobot robot) {
        robot.interact(() -> {
            editor.window().attachPreview();
        });
    }

    private Card card() {
        return editor.window().document().getCard();
    }

    private Section section(String title) {
        return card().allSections().filter(s -> s.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private String previewText(FxRobot robot) {
        WebView web = (WebView) editor.window().preview().orElseThrow().node();
        try {
            Object text = WaitForAsyncUtils.asyncFx(() -> web.getEngine().executeScript("document.body ? document.body.innerText : ''"))
                    .get(10, TimeUnit.SECONDS);
            return String.valueOf(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitForPreview(FxRobot robot, String expected, boolean present) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> previewText(robot).contains(expected) == present);
    }

    @Test
    void editsAMarkdownSectionWithMinimalDiffLivePreviewUndoAndSaveReopen(FxRobot robot) throws Exception {
        Path source = SharedCorpus.card(CARD);
        Path copy = dir.resolve("README.md");
        Files.copy(source, copy);
        robot.interact(() -> editor.window().open(copy));
        String original = Files.readString(copy, StandardCharsets.UTF_8);
        assertThat(editor.window().document().readmeText()).isEqualTo(original);
        waitForPreview(robot, "More information needed", true);

        Section description = section("Model description");
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.of(description)));
        robot.clickOn("#" + NodeIds.of("markdown", description.getId()));
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("Detects sponsor segments.");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(description.getText()).contains("Detects sponsor segments.");
        assertThat(editor.window().document().history().isDirty()).isTrue();
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) editor.window().scene().getWindow()).getTitle()).startsWith("• ");
        List<String> before = original.lines().toList();
        List<String> after = editor.window().document().readmeText().lines().toList();
        // typed after the last line: written with a blank line before the next heading
        assertThat(after).hasSize(before.size() + 2);
        assertThat(changedLines(before, after)).containsExactly("Detects sponsor segments.", "");
        waitForPreview(robot, "Detects sponsor segments.", true);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).isEqualTo(original);
        assertThat(editor.window().document().history().isDirty()).isFalse();
        waitForPreview(robot, "Detects sponsor segments.", false);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(description.getText()).contains("Detects sponsor segments.");

        Path saved = dir.resolve("sponsorblock.card.yaml");
        editor.dialogs().saveTarget = saved;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved).exists();
        assertThat(editor.window().document().history().isDirty()).isFalse();
        String edited = editor.window().document().readmeText();

        robot.interact(() -> editor.window().open(copy)); // another document: the saved one is closed
        assertThat(editor.window().document().readmeText()).isEqualTo(original);
        robot.interact(() -> editor.window().open(saved));
        assertThat(editor.window().document().readmeText()).isEqualTo(edited);
        assertThat(editor.window().document().fileProperty().get()).isEqualTo(saved);
    }

    @Test
    void editsAFieldAMarkdownSectionAndTheEvaluationTableOfAHubTemplateCard(FxRobot robot) throws Exception {
        Path copy = dir.resolve("README.md");
        Files.copy(SharedCorpus.card("THUDM_ChatGLM3__basic_demo_checkpoint-3000-chat_README.md"), copy);
        robot.interact(() -> editor.window().open(copy));
        String original = editor.window().document().readmeText();

        // a diagnostic in the body leads to its line in the section's code area
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !editor.window().report().problems().isEmpty());
        dev.cardwright.ui.check.LineMap map = new dev.cardwright.ui.check.LineMap(card());
        dev.cardwright.ui.check.Problem inBody = editor.window().report().problems().stream()
                .filter(p -> map.partAt(p.line()).map(dev.cardwright.ui.check.LineMap.Part::section).isPresent())
                .filter(p -> p.line() > map.partAt(p.line()).get().bodyFirstLine())
                .findFirst().orElseThrow();
        dev.cardwright.ui.check.LineMap.Part part = map.partAt(inBody.line()).orElseThrow();
        robot.interact(() -> editor.window().goTo(inBody));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().navigator().selected()).isEqualTo(dev.cardwright.ui.navigator.NavEntry.of(part.section()));
        assertThat(editor.window().sectionPane(part.section()).orElseThrow().markdown().area().getCurrentParagraph())
                .isEqualTo(inBody.line() - part.bodyFirstLine());

        // a key-value field: only its line changes
        Section description = card().findSection("model-details.description").orElseThrow();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.of(description)));
        TextField developers = robot.lookup("#field-model-details_description-developed-by").queryAs(TextField.class);
        assertThat(developers.getText()).isEqualTo("[More Information Needed]");
        robot.doubleClickOn(developers).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Zhipu AI");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(description.getText()).contains("- **Developed by:** Zhipu AI\n");
        assertThat(changedLines(original.lines().toList(), editor.window().document().readmeText().lines().toList()))
                .containsExactly("- **Developed by:** Zhipu AI");
        waitForPreview(robot, "Zhipu AI", true);

        // the Markdown of another section
        Section directUse = card().findSection("uses.direct-use").orElseThrow();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.of(directUse)));
        robot.clickOn("#markdown-uses_direct-use").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write("Chat in Chinese and English.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(directUse.getText()).endsWith("Chat in Chinese and English.\n\n");
        waitForPreview(robot, "Chat in Chinese and English.", true);

        // the evaluation table: a new row creates model-index, the value cell is typed
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        javafx.scene.control.Button add = robot.lookup("#results-add").queryButton();
        robot.interact(add::fire); // below the fold of the metadata pane
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#metadata-results").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> {
            var m = editor.window().metadataPane().orElseThrow().model();
            m.getResults().get(0).setMetricValue(dev.cardwright.card.EvalResult.metricValueOf("0.75"));
            m.commitResults();
        });
        String yaml = card().getFrontMatter().getYaml();
        assertThat(yaml).startsWith("library_name: peft\nbase_model: /share/home/zyx/Models/chatglm3-6b\nmodel-index:\n");
        assertThat(yaml).contains("value: 0.75");
        List<String> added = changedLines(original.lines().toList(), editor.window().document().readmeText().lines().toList());
        assertThat(added).contains("- **Developed by:** Zhipu AI", "Chat in Chinese and English.", "      value: 0.75");
        assertThat(editor.window().document().readmeText().lines().count() - original.lines().count()).isEqualTo(added.size() - 1);

        // undo takes the steps back one by one, to the file as it was
        for (int i = 0; i < 4 && editor.window().document().history().isDirty(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(editor.window().document().readmeText()).isEqualTo(original);
        waitForPreview(robot, "Zhipu AI", false);
    }

    @Test
    void editsMetadataThroughTheFormAndUndoRestoresIt(FxRobot robot) throws Exception {
        Path copy = dir.resolve("README.md");
        Files.copy(SharedCorpus.card(CARD), copy);
        robot.interact(() -> editor.window().open(copy));
        String original = editor.window().document().readmeText();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        TextField license = robot.lookup("#metadata-license").queryAs(TextField.class);
        // tags first: the license field's suggestion list would cover the rows below it
        robot.clickOn("#metadata-tags").write("sponsorblock").type(KeyCode.ENTER);
        robot.clickOn(license).write("mit");
        WaitForAsyncUtils.waitForFxEvents();
        String yaml = card().getFrontMatter().getYaml();
        assertThat(yaml).isEqualTo("tags:\n- generated_from_trainer\n- sponsorblock\nmodel-index:\n- name: out\n  results: []\nlicense: mit\n");
        waitForPreview(robot, "sponsorblock", true);
        // two steps (license, then tags), each undone at once
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).isEqualTo(original);
        assertThat(license.getText()).isEmpty();
    }

    @Test
    void anInvalidLicenseIsDecoratedWithTheRuleMessageAndListedInTheStatusBar(FxRobot robot) throws Exception {
        javafx.scene.Parent rootAtStart = editor.window().scene().getRoot();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        TextField license = robot.lookup("#metadata-license").queryAs(TextField.class);
        assertThat(license.getText()).isEqualTo("apache-2.0");
        assertThat(license.getProperties()).doesNotContainKey(dev.cardwright.ui.metadata.MetadataPane.PROBLEM);
        robot.interact(() -> license.setText("not-a-license"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> license.getProperties().containsKey(dev.cardwright.ui.metadata.MetadataPane.PROBLEM));
        assertThat((String) license.getProperties().get(dev.cardwright.ui.metadata.MetadataPane.PROBLEM)).contains("license");
        assertThat(robot.lookup("#problem-license").query().isVisible()).isTrue();
        assertThat(robot.lookup("#problem-tags").query().isVisible()).isFalse();
        // marked in the pane itself: the scene's root was not replaced by a decoration layer
        assertThat(editor.window().scene().getRoot()).isSameAs(rootAtStart);
        assertThat(editor.window().report().problems()).anyMatch(p -> "license".equals(p.path()));
        assertThat(robot.lookup("#status-problems").queryButton().getText()).doesNotContain(
                Messages.get("status.noProblems"));
        // the problem list leads to the control
        robot.interact(() -> editor.window().select(card().findSection("uses.direct-use").orElseThrow()));
        dev.cardwright.ui.check.Problem problem = editor.window().report().problems().stream()
                .filter(p -> "license".equals(p.path())).findFirst().orElseThrow();
        robot.interact(() -> editor.window().goTo(problem));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().navigator().selected()).isEqualTo(dev.cardwright.ui.navigator.NavEntry.METADATA);
        assertThat(license.isFocused()).isTrue();
        robot.interact(() -> license.setText("mit"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !license.getProperties().containsKey(dev.cardwright.ui.metadata.MetadataPane.PROBLEM));
        assertThat(robot.lookup("#problem-license").query().isVisible()).isFalse();
    }

    @Test
    void everyInputHasAnIdAnAccessibleTextAndALabel(FxRobot robot) {
        Card sample = card();
        robot.interact(() -> editor.window().select(sample.findSection("model-details.description").orElseThrow()));
        List<String> missing = new ArrayList<>(inputsWithoutLabels(editor.window().scene().getRoot()));
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        missing.addAll(inputsWithoutLabels(editor.window().scene().getRoot()));
        assertThat(missing).isEmpty();
        assertThat(inputsChecked).as("inputs seen in the section and metadata panes").isGreaterThan(20);
    }

    /** Inputs (text fields, code areas, combo boxes, tables) lacking an id, an accessible text or a label pointing at them. */
    private static int inputsChecked;

    private static List<String> inputsWithoutLabels(javafx.scene.Parent root) {
        List<javafx.scene.Node> all = new ArrayList<>();
        collect(root, all);
        java.util.Set<javafx.scene.Node> labelled = new java.util.HashSet<>();
        all.stream().filter(n -> n instanceof javafx.scene.control.Label l && l.getLabelFor() != null)
                .forEach(n -> labelled.add(((javafx.scene.control.Label) n).getLabelFor()));
        List<String> problems = new ArrayList<>();
        for (javafx.scene.Node n : all) {
            boolean input = n instanceof javafx.scene.control.TextInputControl || n instanceof org.fxmisc.richtext.CodeArea
                    || n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.TableView<?>;
            if (!input || !n.isVisible() || n.getStyleClass().contains("combo-box-popup")) {
                continue;
            }
            if (n.getParent() instanceof javafx.scene.control.ComboBoxBase<?> || n.getParent() != null
                    && n.getParent().getStyleClass().contains("table-cell")) {
                continue; // the editor inside a combo box or table cell belongs to that control
            }
            inputsChecked++;
            if (n.getId() == null || n.getAccessibleText() == null || !labelled.contains(n)) {
                problems.add(n.getClass().getSimpleName() + "#" + n.getId());
            }
        }
        return problems;
    }

    private static void collect(javafx.scene.Parent p, List<javafx.scene.Node> out) {
        for (javafx.scene.Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof javafx.scene.Parent child) {
                collect(child, out);
            }
        }
        if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() instanceof javafx.scene.Parent c) {
            out.add(c);
            collect(c, out);
        }
    }

    @Test
    void sampleCardOpensWithEverySectionInTheOutline(FxRobot robot) {
        assertThat(editor.window().navigator().tree().getExpandedItemCount()).isEqualTo(1 + card().allSections().count());
        assertThat(card().allSections().count()).isGreaterThan(30);
        assertThat(robot.lookup("#status-problems").tryQuery()).isPresent();
        assertThat(card().findTranslation("zh")).isPresent();
    }

    /** Lines of {@code after} that are not in {@code before} (a multiset difference, in order). */
    private static List<String> changedLines(List<String> before, List<String> after) {
        List<String> remaining = new ArrayList<>(before);
        List<String> added = new ArrayList<>();
        for (String line : after) {
            if (!remaining.remove(line)) {
                added.add(line);
            }
        }
        return added;
    }

    @Test
    void everyMenuShortcutBelongsToOneActionOnly(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        java.util.Deque<javafx.scene.control.MenuItem> items = new java.util.ArrayDeque<>();
        bar.getMenus().forEach(items::add);
        while (!items.isEmpty()) {
            javafx.scene.control.MenuItem item = items.pop();
            if (item instanceof javafx.scene.control.Menu menu) {
                menu.getItems().forEach(items::add);
            }
            if (item.getAccelerator() != null) {
                String previous = seen.put(item.getAccelerator().getName(), item.getText());
                if (previous != null) {
                    clashes.add(item.getAccelerator().getName() + ": " + previous + " / " + item.getText());
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(10);
        assertThat(clashes).isEmpty();
    }

    @Test
    void undoInsideATableCellEditorUndoesTheTypingThereNotTheDocument(FxRobot robot) {
        // a document change first, so that a misrouted Ctrl+Z would have something to undo
        Section section = card().getSections().get(0);
        robot.interact(() -> section.setText(section.getText() + "One more line.\n"));
        String before = editor.window().document().readmeText();
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<dev.cardwright.card.EvalResult> table =
                robot.lookup("#metadata-results").queryAs(javafx.scene.control.TableView.class);
        assertThat(table.getItems()).isNotEmpty();
        var column = table.getColumns().stream().filter(c -> "results-col-dataset-name".equals(c.getId())).findFirst().orElseThrow();
        String cellBefore = table.getItems().get(0).getDatasetName();
        robot.interact(() -> {
            table.scrollTo(0);
            table.scrollToColumn(column);
            table.edit(0, column);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField cell = (TextField) robot.lookup(".table-cell .text-field").query();
        assertThat(dev.cardwright.ui.main.UndoKeys.inEditingCell(cell)).isTrue();
        robot.interact(cell::requestFocus);
        robot.interact(cell::end);
        robot.write("XYZ");
        assertThat(cell.getText()).isEqualTo(cellBefore + "XYZ");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell.getText()).isEqualTo(cellBefore); // the cell's own undo took the typing back
        assertThat(editor.window().document().readmeText()).isEqualTo(before); // and the card's history was not touched
        assertThat(editor.window().document().history().canUndoProperty().get()).isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dev.cardwright.ui.main.UndoKeys.inEditingCell(cell)).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL); // outside the cell: the document's undo again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.window().document().readmeText()).doesNotContain("One more line.");
    }

    @Test
    void inTheDarkThemeTheMetadataFormIsDarkToo(FxRobot robot) {
        robot.interact(() -> robot.lookup("#tool-dark-theme").queryButton().fire());
        robot.interact(() -> editor.window().navigator().select(dev.cardwright.ui.navigator.NavEntry.METADATA));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node form = editor.window().metadataPane().orElseThrow();
        assertThat(brightnessBehind(form)).isLessThan(0.3); // not the scene's white fill
        robot.interact(() -> robot.lookup("#tool-dark-theme").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(brightnessBehind(form)).isGreaterThan(0.7);
    }

    /** The brightness of the first opaque background at or behind {@code node}, or of the scene's fill. */
    private static double brightnessBehind(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.layout.Region r && r.getBackground() != null) {
                for (var fill : r.getBackground().getFills()) {
                    if (fill.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() == 1.0) {
                        return c.getBrightness();
                    }
                }
            }
        }
        return ((javafx.scene.paint.Color) node.getScene().getFill()).getBrightness();
    }
}
