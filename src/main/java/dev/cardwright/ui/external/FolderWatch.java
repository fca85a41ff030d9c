package dev.cardwright.ui.external;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Watches one file through its folder (a WatchService watches folders, and a program that saves
 * atomically replaces the file, so watching the file's own inode would miss it). Calls
 * {@code changed} on the watch thread for every event that names the file; the caller moves to
 * its own thread.
 */
final class FolderWatch implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    FolderWatch(Path file, Runnable changed) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path name = file.getFileName();
        service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        thread = new Thread(() -> run(name, changed), "cardwright-watch-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Path name, Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    // an overflow means events were lost: the file may have changed
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    changed.run(); // the folder itself went away
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the document moved on to another file
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
