package dev.cardwright.ui.main;

import org.kordamp.ikonli.feather.Feather;

import dev.cardwright.hub.HubClient;
import dev.cardwright.hub.HubSettings;
import dev.cardwright.hub.Publication;
import dev.cardwright.ui.common.Messages;
import dev.cardwright.ui.dialog.DialogService;
import dev.cardwright.ui.document.DocumentViewModel;
import dev.cardwright.ui.hub.HubWindows;
import dev.cardwright.ui.hub.OpenFromHubPane;
import dev.cardwright.ui.hub.PublishPane;
import dev.cardwright.ui.task.TaskExecutor;
import javafx.stage.Stage;

/** File ▸ Open Folder…, Open from Hub… and Publish…: repositories on disk and on the Hub. */
public final class HubActions {
    private final Stage owner;
    private final DocumentViewModel document;
    private final TaskExecutor executor;

    public HubActions(Stage owner, DocumentViewModel document, TaskExecutor executor) {
        this.owner = owner;
        this.document = document;
        this.executor = executor;
    }

    public void register(Actions actions, DialogService dialogs) {
        actions.add("open-folder", Messages.get("action.openFolder"), Feather.FOLDER_PLUS, "Shortcut+Shift+O",
                () -> dialogs.chooseOpen(DialogService.FileKind.REPOSITORY_FOLDER).ifPresent(document::openFolder));
        actions.add("open-hub", Messages.get("action.openFromHub"), Feather.CLOUD, null, this::openFromHub);
        actions.add("publish", Messages.get("action.publish"), Feather.UPLOAD_CLOUD, "Shortcut+Shift+U", this::publish);
    }

    /** The Hub's endpoint and token are read now, from HF_ENDPOINT / HF_TOKEN. */
    private void openFromHub() {
        Stage[] window = new Stage[1];
        OpenFromHubPane pane = new OpenFromHubPane(new HubClient(HubSettings.fromEnvironment()), executor, card -> {
            window[0].close();
            document.openFromHub(card, card.getRepository().getHubRepository());
        });
        window[0] = HubWindows.openFromHub(owner, pane);
        window[0].show();
    }

    /** The diff against the repository first, then one commit (a pull request by default). */
    private void publish() {
        PublishPane pane = new PublishPane(document.getCard(), document.baseDirectory().orElse(null),
                new Publication(new HubClient(HubSettings.fromEnvironment())), executor);
        HubWindows.publish(owner, pane).show();
    }
}
