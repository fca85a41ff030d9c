package dev.cardwright.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicWrite#keepBackup}: the version a save writes over, kept as {@code NAME~} (issue 12). */
class AtomicWriteBackupTest {
    @TempDir
    Path dir;

    @Test
    void theOldBytesGoToNameTildeAndANewerBackupReplacesAnOlderOne() throws Exception {
        Path card = dir.resolve("a.card.yaml");
        Files.writeString(card, "one\n");
        AtomicWrite.keepBackup(card);
        AtomicWrite.write(card, "two\n".getBytes());
        assertThat(dir.resolve("a.card.yaml~")).hasContent("one");
        AtomicWrite.keepBackup(card);
        AtomicWrite.write(card, "three\n".getBytes());
        assertThat(dir.resolve("a.card.yaml~")).hasContent("two");
        assertThat(card).hasContent("three");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.card.yaml", "a.card.yaml~");
        }
    }

    @Test
    void nothingToKeepBeforeTheFirstSave() throws Exception {
        AtomicWrite.keepBackup(dir.resolve("new.card.yaml"));
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aPrivateFilesBackupStaysPrivate() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path card = dir.resolve("secret.card.yaml");
        Files.writeString(card, "token: x\n");
        Files.setPosixFilePermissions(card, PosixFilePermissions.fromString("rw-------"));
        AtomicWrite.keepBackup(card);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.card.yaml~")))).isEqualTo("rw-------");
    }

    @Test
    void throughASymbolicLinkTheBackupIsOfTheFileItNamesAndBesideIt() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("README.md");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("README.md"), real);
        AtomicWrite.keepBackup(link);
        assertThat(real.resolveSibling("README.md~")).hasContent("old");
        assertThat(dir.resolve("README.md~")).doesNotExist();
    }

    @Test
    void aBackupThatCannotBeWrittenSaysSoWithTheFileAndLeavesTheFileAsItWas() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path card = dir.resolve("b.card.yaml");
        Files.writeString(card, "kept\n");
        Files.createDirectory(dir.resolve("b.card.yaml~")); // a folder where the backup would go
        Files.writeString(dir.resolve("b.card.yaml~").resolve("inside"), "x");
        assertThatThrownBy(() -> AtomicWrite.keepBackup(card)).isInstanceOf(CardFormatException.class)
                .hasMessageContaining("b.card.yaml").hasMessageContaining("backup");
        assertThat(card).hasContent("kept");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("b.card.yaml", "b.card.yaml~");
        }
    }
}
