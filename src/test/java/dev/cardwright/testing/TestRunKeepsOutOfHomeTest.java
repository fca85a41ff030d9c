package dev.cardwright.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cardwright.translate.TranslationMemory;
import dev.cardwright.ui.recovery.RecoveryFolder;

/**
 * Guards the surefire set-up: every place the app (or JavaFX) would write under the user's home
 * is moved into {@code target/} for the test run, so running the tests never touches a
 * developer's preferences, translation memory, recovery journals or caches.
 */
class TestRunKeepsOutOfHomeTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"java.util.prefs.userRoot", "cardwright.recovery.dir", "cardwright.data",
            "javafx.cachedir", "cardwright.glossary"})
    void everyUserFolderPropertyPointsIntoTarget(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, property + " is not set for the test run (see surefire's argLine in pom.xml)");
        Path path = Path.of(value).toAbsolutePath().normalize();
        assertTrue(path.startsWith(TARGET), property + "=" + path + " is outside " + TARGET);
    }

    @Test
    void dataAndRecoveryFoldersResolveIntoTarget() {
        for (Path folder : new Path[] {TranslationMemory.dataFolder(), RecoveryFolder.location()}) {
            Path p = folder.toAbsolutePath().normalize();
            assertTrue(p.startsWith(TARGET), p + " is outside " + TARGET);
        }
    }
}
