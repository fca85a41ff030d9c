package dev.cardwright.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private String[] leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toArray(String[]::new);
        }
    }

    @Test
    void aNewFileGetsTheUmaskPermissionsNotOwnerOnly() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe")); // what the umask gives an ordinary new file
        Path target = dir.resolve("README.md");
        AtomicWrite.write(target, utf8("new\n"));
        assertThat(perms(target)).isEqualTo(perms(probe));
        assertThat(perms(target)).startsWith("rw-r");
    }

    @Test
    void aFileWrittenOverKeepsItsModeAndGroup() throws Exception {
        Path target = dir.resolve("README.md");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        GroupPrincipal other = null;
        try {
            other = target.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("users");
            view.setGroup(other);
        } catch (Exception e) {
            other = null; // not root, or no such group: the mode is still checked
        }
        AtomicWrite.write(target, utf8("new\n"));
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(perms(target)).isEqualTo("rw-rw-r--");
        if (other != null) {
            assertThat(Files.readAttributes(target, java.nio.file.attribute.PosixFileAttributes.class).group()).isEqualTo(other);
        }
    }

    @Test
    void writesThroughASymlinkKeepingTheLink() throws Exception {
        Path real = dir.resolve("real.md");
        Files.writeString(real, "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
        AtomicWrite.write(link, utf8("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(perms(real)).isEqualTo("rw-rw----");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.md"), Path.of("made.md"));
        AtomicWrite.write(link, utf8("new\n"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("made.md"))).isEqualTo("new\n");
    }

    @Test
    void refusesAFifoAndLeavesItAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is needed");
        assertThatThrownBy(() -> AtomicWrite.write(fifo, utf8("x")))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesADeviceAndLeavesItAlone() throws Exception {
        // a private copy of /dev/full (never the real node: a broken writer would replace it)
        Path full = dir.resolve("full");
        Process p = new ProcessBuilder("mknod", full.toString(), "c", "1", "7").start();
        assumeTrue(p.waitFor() == 0, "mknod (root) is needed to make a device node");
        assertThatThrownBy(() -> AtomicWrite.write(full, utf8("x")))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(full)).isFalse();
        assertThat(Files.exists(full)).isTrue();
    }

    @Test
    void refusesAReadOnlyFileEvenWhenTheProcessCouldWriteIt() throws Exception {
        Path target = dir.resolve("README.md");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicWrite.write(target, utf8("new\n")))
                .isInstanceOf(CardFormatException.class).hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(perms(target)).isEqualTo("r--r--r--");
    }

    @Test
    void aHardLinkedTargetIsReplacedAtomicallyAndTheOtherNameKeepsTheOldText() throws Exception {
        // documented choice (README "Your work is safe"): atomicity over sharing the inode
        Path target = dir.resolve("README.md");
        Files.writeString(target, "old\n");
        Path other = Files.createLink(dir.resolve("other.md"), target);
        AtomicWrite.write(target, utf8("new\n"));
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(Files.readString(other)).isEqualTo("old\n");
    }

    @Test
    void removesTemporaryFilesOfKilledWritesOfTheSameTarget() throws Exception {
        Path target = dir.resolve("README.md");
        // a write killed by an earlier version (Files.createTempFile naming) and one of a dead process
        Path oldStyle = Files.writeString(dir.resolve(".README.md.8123456789012345678.tmp"), "partial");
        Files.setLastModifiedTime(oldStyle, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        long dead = deadPid();
        Files.writeString(dir.resolve(".README.md." + dead + ".1.tmp"), "partial");
        Files.writeString(dir.resolve(".other.md.1.1.tmp"), "not ours");
        AtomicWrite.write(target, utf8("new\n"));
        assertThat(leftovers()).containsExactly(".other.md.1.1.tmp");
    }

    @Test
    void keepsTheTemporaryFileOfAWriteStillRunning() throws Exception {
        Path target = dir.resolve("README.md");
        String live = ".README.md." + ProcessHandle.current().pid() + ".999999.tmp";
        Files.writeString(dir.resolve(live), "in flight");
        AtomicWrite.write(target, utf8("new\n"));
        assertThat(leftovers()).containsExactly(live);
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aFolderIsRefused() throws Exception {
        assertThatThrownBy(() -> AtomicWrite.write(dir, utf8("x"))).isInstanceOf(CardFormatException.class)
                .hasMessageContaining("folder");
    }
}
