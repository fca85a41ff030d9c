package dev.cardwright.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkspacePreferencesTest {
    private final Preferences node = Preferences.userRoot().node("dev/cardwright/test-" + System.nanoTime());

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void valuesSurviveAndDefaultsAreNotWritten() throws BackingStoreException {
        WorkspacePreferences p = new WorkspacePreferences(node);
        assertThat(p.themeProperty().get()).isEqualTo("light");
        p.themeProperty().set("dark");
        p.dividersProperty().set(new double[] {0.25, 0.7});
        p.previewVisibleProperty().set(false);
        WorkspacePreferences again = new WorkspacePreferences(node);
        assertThat(again.themeProperty().get()).isEqualTo("dark");
        assertThat(again.dividersProperty().get()).containsExactly(0.25, 0.7);
        assertThat(again.previewVisibleProperty().get()).isFalse();
        again.themeProperty().set("light");
        again.previewVisibleProperty().set(true);
        again.dividersProperty().set(WorkspacePreferences.DEFAULT_DIVIDERS.clone());
        assertThat(node.keys()).isEmpty();
    }

    @Test
    void recentFilesAreMostRecentFirstWithoutRepeatsAndBounded() {
        WorkspacePreferences p = new WorkspacePreferences(node);
        for (int i = 0; i < 12; i++) {
            p.addRecent(Path.of("/tmp/card" + i + ".md"));
        }
        p.addRecent(Path.of("/tmp/card5.md"));
        assertThat(p.getRecentFiles()).hasSize(WorkspacePreferences.MAX_RECENT);
        assertThat(p.getRecentFiles().get(0)).isEqualTo(Path.of("/tmp/card5.md"));
        assertThat(new WorkspacePreferences(node).getRecentFiles()).isEqualTo(p.getRecentFiles());
    }

    @Test
    void uiLanguageFollowsTheSystemUntilChosenAndSurvivesARestart() throws BackingStoreException {
        WorkspacePreferences p = new WorkspacePreferences(node);
        assertThat(p.uiLocale()).isEqualTo(java.util.Locale.getDefault());
        p.languageProperty().set("zh-CN");
        WorkspacePreferences again = new WorkspacePreferences(node);
        assertThat(again.uiLocale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
        dev.cardwright.ui.common.Messages.setLocale(again.uiLocale());
        try {
            assertThat(dev.cardwright.ui.common.Messages.get("menu.language")).isEqualTo("界面语言");
        } finally {
            dev.cardwright.ui.common.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        assertThat(dev.cardwright.ui.common.Messages.get("menu.language")).isEqualTo("Language");
        again.languageProperty().set("");
        assertThat(node.keys()).isEmpty();
    }

    @Test
    void badDividerValuesFallBackToTheDefault() {
        assertThat(WorkspacePreferences.parseDividers("0.9,0.1")).containsExactly(0.2, 0.62);
        assertThat(WorkspacePreferences.parseDividers("x")).containsExactly(0.2, 0.62);
    }
}
