package dev.cardwright.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cardwright.ui.common.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every key used in code (as a literal in {@code Messages.get("…")}) exists in both bundles, no
 * bundle key is unused, and the English and Chinese bundles have the same keys.
 */
class MessagesConsistencyTest {
    private static final Pattern USE = Pattern.compile("Messages\\.get\\(\\s*\"([^\"]+)\"");

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/dev/cardwright/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void everyUsedKeyIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        assertThat(bundleKeys("messages.properties")).containsAll(used);
        assertThat(bundleKeys("messages_zh_CN.properties")).containsAll(used);
    }

    @Test
    void noBundleKeyIsUnused() throws IOException {
        Set<String> unused = bundleKeys("messages.properties");
        unused.removeAll(usedKeys());
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(bundleKeys("messages_zh_CN.properties")).isEqualTo(bundleKeys("messages.properties"));
    }

    @Test
    void chineseBundleIsReallyTranslated() throws IOException {
        Properties zh = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/dev/cardwright/messages_zh_CN.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        long withHan = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .count();
        assertThat(withHan).isGreaterThan(zh.size() * 8L / 10);
    }
}
