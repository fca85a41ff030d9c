package dev.cardwright.ui.external;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file on disk was when the editor last read or wrote it: size, modification time and a
 * SHA-256 of the bytes. The hash decides: a {@code touch} changes the time but not the text, and
 * a quick rewrite can keep both size and time (mtime granularity), but not the hash.
 */
public record FileStamp(long size, long modifiedMillis, byte[] sha256) {
    /** The file's stamp now; empty when it is missing or unreadable. */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new FileStamp(bytes.length, Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis(),
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Same bytes (time alone does not count). */
    public boolean sameContent(FileStamp other) {
        return other != null && size == other.size && Arrays.equals(sha256, other.sha256);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp f && size == f.size && modifiedMillis == f.modifiedMillis && Arrays.equals(sha256, f.sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "FileStamp[size=" + size + ", modified=" + modifiedMillis + "]";
    }
}
