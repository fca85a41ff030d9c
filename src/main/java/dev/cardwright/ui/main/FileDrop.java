package dev.cardwright.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/** A card file dropped anywhere on the window is opened. */
public final class FileDrop {
    private FileDrop() {
    }

    public static void install(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                open.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
