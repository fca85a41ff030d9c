package dev.cardwright.card;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either the old file or the complete new one, never a mix: the bytes
 * go to a temporary file beside the target, are forced to disk, and the temporary file is renamed
 * over the target. When anything fails the temporary file is removed and the target is untouched.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CardFormatException(target.toString(), 1, 1, "cannot write: folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new CardFormatException(target.toString(), 1, 1, "cannot write: it is a folder");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new CardFormatException(target.toString(), 1, 1, "cannot write: " + describe(e), e);
        }
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new CardFormatException(target.toString(), 1, 1, "cannot write: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
