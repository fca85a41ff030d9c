package dev.cardwright.ui.main;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.card.Card;
import dev.cardwright.card.EvalResult;
import dev.cardwright.card.Section;
import dev.cardwright.sync.GeneratedResultsTable;
import dev.cardwright.sync.GetStartedDraft;
import dev.cardwright.template.SchemaSectionFinder;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.undo.UndoHistory;
import dev.cardwright.yaml.CardMetadata;
import dev.cardwright.yaml.MetadataEditException;

/**
 * Tools ▸ Results Table in Text and Tools ▸ Draft How to Get Started: section text made from the
 * metadata, each one undoable step, then the section is shown.
 */
public final class TextDrafts {
    private final Supplier<Card> card;
    private final UndoHistory history;
    private final DialogService dialogs;
    private final Consumer<Section> show;

    public TextDrafts(Supplier<Card> card, UndoHistory history, DialogService dialogs, Consumer<Section> show) {
        this.card = card;
        this.history = history;
        this.dialogs = dialogs;
        this.show = show;
    }

    public void register(Actions actions) {
        actions.add("results-table-text", Messages.get("action.resultsTableText"), Feather.GRID, null, this::resultsTable);
        actions.add("draft-get-started", Messages.get("action.draftGetStarted"), Feather.CODE, null, this::getStarted);
    }

    private void resultsTable() {
        Card c = card.get();
        Map<String, Object> meta = metadata(c);
        if (meta == null) {
            return;
        }
        List<EvalResult> rows = GeneratedResultsTable.rows(meta);
        if (rows == null) {
            dialogs.showError(Messages.get("action.resultsTableText"), Messages.get("drafts.modelIndexUnreadable"));
            return;
        }
        Section[] target = new Section[1];
        history.asOneStep(() -> {
            Section s = SchemaSectionFinder.findOrAdd(c, GeneratedResultsTable.SECTION_ID);
            s.setText(GeneratedResultsTable.insert(s.getText(), rows, chinese(s)));
            target[0] = s;
        });
        show.accept(target[0]);
    }

    private void getStarted() {
        Card c = card.get();
        Map<String, Object> meta = metadata(c);
        if (meta == null) {
            return;
        }
        String draft = GetStartedDraft.draft(meta, GetStartedDraft.modelId(c));
        Section[] target = new Section[1];
        history.asOneStep(() -> {
            Section s = SchemaSectionFinder.findOrAdd(c, GetStartedDraft.SECTION_ID);
            s.setText(GetStartedDraft.addTo(s.getText(), draft));
            target[0] = s;
        });
        show.accept(target[0]);
    }

    private static boolean chinese(Section s) {
        return s.getTitle().codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    private Map<String, Object> metadata(Card c) {
        try {
            return CardMetadata.read(c);
        } catch (MetadataEditException e) {
            dialogs.showError(Messages.get("menu.tools"), Messages.get("drafts.metadataUnreadable", e.getMessage()));
            return null;
        }
    }
}
