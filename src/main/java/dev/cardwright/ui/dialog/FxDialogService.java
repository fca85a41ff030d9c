package dev.cardwright.ui.dialog;

import dev.cardwright.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window so they open over it and share its theme. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private Path lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType(Messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("dialog.unsaved.message", documentName),
                save, discard, cancel);
        alert.setTitle(Messages.get("dialog.unsaved.title"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    private FileChooser chooser(FileKind kind) {
        FileChooser fc = new FileChooser();
        switch (kind) {
            case CARD_OR_README -> {
                fc.setTitle(Messages.get("dialog.open.title"));
                fc.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.cards"), "*.card.yaml", "*.card.yml", "*.md"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
            }
            case CARD_SOURCE -> {
                fc.setTitle(Messages.get("dialog.save.title"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.filter.source"), "*.card.yaml"));
            }
            case README -> {
                fc.setTitle(Messages.get("dialog.export.title"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.filter.markdown"), "*.md"));
            }
            case REPOSITORY_FOLDER -> fc.setTitle(Messages.get("dialog.folder.title"));
            case XLIFF_FOLDER -> fc.setTitle(Messages.get("dialog.xliffFolder.title"));
            case XLIFF -> {
                fc.setTitle(Messages.get("dialog.xliff.title"));
                fc.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.xliff"), "*.xlf", "*.xliff"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
            }
            case TEMPLATE -> {
                fc.setTitle(Messages.get("dialog.template.title"));
                fc.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.template"), "*.md", "*.jinja", "*.j2"),
                        new FileChooser.ExtensionFilter(Messages.get("dialog.filter.all"), "*"));
            }
        }
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(lastFolder.toFile());
        }
        return fc;
    }

    @Override
    public Optional<Path> chooseOpen(FileKind kind) {
        if (kind == FileKind.REPOSITORY_FOLDER || kind == FileKind.XLIFF_FOLDER) {
            javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
            dc.setTitle(Messages.get(kind == FileKind.XLIFF_FOLDER ? "dialog.xliffFolder.title" : "dialog.folder.title"));
            if (lastFolder != null && lastFolder.toFile().isDirectory()) {
                dc.setInitialDirectory(lastFolder.toFile());
            }
            File dir = dc.showDialog(owner);
            if (dir != null) {
                lastFolder = dir.toPath().toAbsolutePath().getParent();
            }
            return Optional.ofNullable(dir).map(File::toPath);
        }
        return remember(chooser(kind).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, String suggestedName) {
        FileChooser fc = chooser(kind);
        fc.setInitialFileName(suggestedName);
        return remember(fc.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseSave(FileKind kind, Path suggested) {
        FileChooser fc = chooser(kind);
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && folder.toFile().isDirectory()) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.setInitialFileName(suggested.getFileName().toString());
        return remember(fc.showSaveDialog(owner));
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.toPath().toAbsolutePath().getParent();
        return Optional.of(file.toPath());
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getEditor().setId("dialog-text-input");
        d.getEditor().setAccessibleText(prompt);
        d.initOwner(owner);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> choices, T initial) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
