package dev.cardwright.validate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Test helper: validates README text and renders diagnostics as {@code CODE@line:col}. */
final class Check {
    private static final CardValidator VALIDATOR = new CardValidator();

    private Check() {
    }

    static ValidationResult readme(String text) {
        return readme(text, null);
    }

    static ValidationResult readme(String text, Path directory) {
        CardLoader.Loaded loaded = CardLoader.read(text.getBytes(StandardCharsets.UTF_8), "README.md", directory);
        return VALIDATOR.validate(loaded.text(), loaded.cardType());
    }

    /** Diagnostics of a rule family (codes starting with {@code prefix}) as {@code CODE@line:col}. */
    static List<String> where(ValidationResult r, String prefix) {
        return r.diagnostics().stream().filter(d -> d.code().startsWith(prefix))
                .map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
    }

    /** Only the metadata and file diagnostics (CW0xx–CW2xx): body and completeness notes left out. */
    static List<String> meta(String frontMatter) {
        ValidationResult r = readme("---\n" + frontMatter + "---\n# Card\n");
        return r.diagnostics().stream().filter(d -> d.code().compareTo("CW300") < 0 && !d.code().equals("CW009"))
                .map(d -> d.code() + "@" + d.line() + ":" + d.column()).toList();
    }

    static Diagnostic first(ValidationResult r, String code) {
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.diagnostics()));
    }
}
