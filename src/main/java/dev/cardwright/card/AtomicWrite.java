package dev.cardwright.card;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either the old file or the complete new one, never a mix: the bytes
 * go to a temporary file beside the target, are forced to disk, and the temporary file is renamed
 * over the target (then the folder is forced, so the rename survives a power cut). When anything
 * fails the temporary file is removed and the target is untouched.
 *
 * <p>What the rename would otherwise get wrong is handled first: a symbolic link is followed and
 * its target replaced (the link stays); anything that is not a regular file (a device, a FIFO) is
 * refused rather than replaced; a file whose mode allows nobody to write it is refused even when
 * the process (root) could; the new file gets the old one's mode, group and (when allowed) owner,
 * and a brand-new file the umask's ordinary permissions. A hard-linked target gets a new inode:
 * its other names keep the old text (atomicity is worth more here than sharing the inode).
 *
 * <p>Temporary files are named {@code .NAME.PID.N.tmp}; a write removes those of the same target
 * left by processes that no longer run (a {@code kill -9} during a write).
 */
public final class AtomicWrite {
    private static final int MAX_LINKS = 40; // as the kernel's ELOOP limit
    private static final AtomicLong COUNTER = new AtomicLong();
    /** Temporary files of the earlier naming (Files.createTempFile): older than this are stale. */
    private static final long OLD_STYLE_STALE_MILLIS = 10 * 60 * 1000L;

    private AtomicWrite() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        String shown = target.toString();
        Path absolute = resolveLinks(target.toAbsolutePath(), shown);
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CardFormatException(shown, 1, 1, "cannot write: folder " + dir + " does not exist");
        }
        PosixFileAttributes old = existing(absolute, shown);
        String name = absolute.getFileName().toString();
        removeStaleTemporaries(dir, name);
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            // CREATE_NEW without attributes: the umask decides a new file's mode, as for any program
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (old != null) {
                    keepOwnership(tmp, old);
                }
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (old != null && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new CardFormatException(shown, 1, 1, "cannot write: it was replaced by something that is not a regular file while writing");
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            if (e instanceof CardFormatException) {
                throw e;
            }
            throw new CardFormatException(shown, 1, 1, "cannot write: " + describe(e), e);
        }
        forceFolder(dir);
    }

    /**
     * Keeps the present version of {@code target} as {@code NAME~} beside it (replacing an older
     * backup), before it is written over; nothing when there is no regular file there yet. The copy
     * keeps the file's mode, so a private file's backup stays private, and is itself renamed into
     * place, so a backup is never partial either.
     */
    public static void keepBackup(Path target) throws IOException {
        String shown = target.toString();
        Path absolute = resolveLinks(target.toAbsolutePath(), shown);
        if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path dir = absolute.getParent();
        String name = absolute.getFileName() + "~";
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + ".tmp");
        try {
            Files.copy(absolute, tmp, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new CardFormatException(shown, 1, 1, "cannot keep a backup (" + name + "): " + describe(e), e);
        }
    }

    /** The path a chain of symbolic links ends at (which need not exist yet). */
    private static Path resolveLinks(Path path, String shown) throws CardFormatException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            try {
                Path link = Files.readSymbolicLink(p);
                p = p.resolveSibling(link).normalize();
            } catch (IOException e) {
                throw new CardFormatException(shown, 1, 1, "cannot write: cannot read the link: " + describe(e), e);
            }
        }
        if (Files.isSymbolicLink(p)) {
            throw new CardFormatException(shown, 1, 1, "cannot write: too many levels of symbolic links");
        }
        return p;
    }

    /** The target's attributes, or null when it does not exist; refuses what must not be replaced. */
    private static PosixFileAttributes existing(Path absolute, String shown) throws IOException {
        BasicFileAttributes basic;
        try {
            basic = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (basic.isDirectory()) {
            throw new CardFormatException(shown, 1, 1, "cannot write: it is a folder");
        }
        if (!basic.isRegularFile()) {
            throw new CardFormatException(shown, 1, 1, "cannot write: it is not a regular file (a device, pipe or socket); write to a file instead");
        }
        PosixFileAttributes posix;
        try {
            posix = Files.readAttributes(absolute, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            if (!Files.isWritable(absolute)) {
                throw new CardFormatException(shown, 1, 1, "cannot write: the file is read-only");
            }
            return null;
        }
        boolean anyWrite = posix.permissions().contains(PosixFilePermission.OWNER_WRITE)
                || posix.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || posix.permissions().contains(PosixFilePermission.OTHERS_WRITE);
        if (!anyWrite) {
            throw new CardFormatException(shown, 1, 1, "cannot write: the file is read-only (mode "
                    + java.nio.file.attribute.PosixFilePermissions.toString(posix.permissions()) + ")");
        }
        if (!Files.isWritable(absolute)) {
            throw new CardFormatException(shown, 1, 1, "cannot write: permission denied (the file is read-only for you)");
        }
        return posix;
    }

    private static void keepOwnership(Path tmp, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        // group (and owner) before the mode: changing them may clear set-id bits
        try {
            view.setGroup(old.group());
        } catch (IOException e) {
            // not a member of that group: the file keeps ours, as an editor would do
        }
        try {
            if (!view.getOwner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only root may give a file away
        }
        view.setPermissions(old.permissions());
    }

    private static void removeStaleTemporaries(Path dir, String name) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globQuote(name) + ".*.tmp")) {
            long now = System.currentTimeMillis();
            Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(?:(\\d+)\\.\\d+|(-?\\d+))\\.tmp");
            for (Path p : files) {
                Matcher m = ours.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                boolean stale;
                if (m.group(1) != null) {
                    stale = ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty();
                } else {
                    FileTime t = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                    stale = now - t.toMillis() > OLD_STYLE_STALE_MILLIS;
                }
                if (stale && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write itself must not fail for it
        }
    }

    private static String globQuote(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform can open a folder; the file itself is on disk already
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder vanished while writing";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason(); // "No space left on device", "Read-only file system"
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
