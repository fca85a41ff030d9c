package dev.cardwright.ui.section;

import java.time.Duration;
import java.util.Collection;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

import dev.cardwright.ui.task.LatestOnly;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A Markdown code area: line numbers, highlighting, and no undo of its own (the document's
 * history undoes everything, so Ctrl+Z means the same in every field). Highlighting of short
 * texts is done at once; long texts are highlighted in the background after typing pauses, and
 * stale results are dropped.
 */
public final class MarkdownArea {
    /** Texts longer than this are highlighted off the FX thread. */
    static final int SYNC_LIMIT = 8_000;

    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final LatestOnly highlighting;
    private final ReadOnlyStringWrapper caret = new ReadOnlyStringWrapper(this, "caret", "1:1");
    private Runnable stepBoundary = () -> { };

    public MarkdownArea(TaskExecutor executor) {
        highlighting = new LatestOnly(executor);
        area.getStyleClass().add("markdown-area");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(c -> {
            if (area.getLength() > SYNC_LIMIT) {
                highlightLater();
            }
        });
        area.plainTextChanges().subscribe(c -> {
            if (area.getLength() <= SYNC_LIMIT) {
                highlightNow();
            }
        });
        area.caretPositionProperty().addListener((obs, old, now) -> updateCaret());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::continueList);
        area.getProperties().put(MarkdownArea.class, this);
    }

    /** Sets what ends an undo step, so that each toolbar edit is a step of its own. */
    public void setStepBoundary(Runnable stepBoundary) {
        this.stepBoundary = stepBoundary;
    }

    /** The Markdown area a code area belongs to (for Edit ▸ Format on the focused one). */
    public static java.util.Optional<MarkdownArea> of(javafx.scene.Node node) {
        return node != null && node.getProperties().get(MarkdownArea.class) instanceof MarkdownArea m
                ? java.util.Optional.of(m) : java.util.Optional.empty();
    }

    /** Applies a toolbar edit to the selection (or the caret), as one undo step, and selects what to type over. */
    public void format(MarkdownFormat.Kind kind) {
        MarkdownFormat.Edit edit = MarkdownFormat.apply(kind, area.getText(), area.getSelection().getStart(), area.getSelection().getEnd(),
                PLACEHOLDERS.get());
        stepBoundary.run();
        area.replaceText(edit.start(), edit.end(), edit.text());
        stepBoundary.run();
        area.selectRange(edit.selectStart(), edit.selectEnd());
        area.requestFollowCaret();
        area.requestFocus();
    }

    private static final java.util.function.Supplier<MarkdownFormat.Placeholders> PLACEHOLDERS = () -> new MarkdownFormat.Placeholders(
            dev.cardwright.ui.common.Messages.get("markdown.placeholder.bold"), dev.cardwright.ui.common.Messages.get("markdown.placeholder.italic"),
            dev.cardwright.ui.common.Messages.get("markdown.placeholder.link"), dev.cardwright.ui.common.Messages.get("markdown.placeholder.code"),
            dev.cardwright.ui.common.Messages.get("markdown.placeholder.item"), dev.cardwright.ui.common.Messages.get("markdown.placeholder.column"),
            dev.cardwright.ui.common.Messages.get("markdown.placeholder.cell"));

    /** Enter in a list starts the next item (see {@link ListContinuation}). */
    private void continueList(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isShiftDown() || e.isShortcutDown() || e.isAltDown() || area.getSelection().getLength() > 0) {
            return;
        }
        ListContinuation.onEnter(area.getText(), area.getCaretPosition()).ifPresent(edit -> {
            e.consume();
            area.replaceText(edit.start(), edit.end(), edit.text());
            area.moveTo(edit.caret());
            area.requestFollowCaret();
        });
    }

    private void updateCaret() {
        caret.set((area.getCurrentParagraph() + 1) + ":" + (area.getCaretColumn() + 1));
    }

    public CodeArea area() { return area; }
    public VirtualizedScrollPane<CodeArea> node() { return scroll; }
    /** {@code line:column} of the caret, 1-based. */
    public ReadOnlyStringProperty caretProperty() { return caret.getReadOnlyProperty(); }

    /**
     * Shows {@code text}, replacing only the part that differs so the caret and scroll position
     * survive an undo or a field edit elsewhere in the section.
     */
    public void setText(String text) {
        if (!ChangedText.replace(area, text)) {
            return;
        }
        if (area.getLength() > SYNC_LIMIT) {
            highlightLater();
        }
    }

    private void highlightNow() {
        highlighting.cancel();
        apply(MarkdownHighlighter.spans(area.getText()), area.getText());
    }

    private void highlightLater() {
        String text = area.getText();
        highlighting.submit(() -> MarkdownHighlighter.spans(text), spans -> apply(spans, text));
    }

    private void apply(StyleSpans<Collection<String>> spans, String forText) {
        if (area.getText().equals(forText) && spans.length() == area.getLength()) {
            area.setStyleSpans(0, spans);
        }
    }

    /** Moves the caret to a 1-based line and column and shows it. */
    public void moveTo(int line, int column) {
        int p = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int c = Math.max(0, Math.min(column - 1, area.getParagraph(p).length()));
        area.moveTo(p, c);
        area.requestFollowCaret();
        area.requestFocus();
    }
}
