package dev.cardwright.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cardwright.testing.SharedCorpus;

/** The parallel run reports exactly what validating the files one by one, in order, reports. */
class ValidationRunTest {
    private static final CardValidator VALIDATOR = new CardValidator();

    @Test
    void parallelRunEqualsSequentialValidationInInputOrder(@TempDir Path tmp) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(SharedCorpus.present(), "../shared/corpus is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(SharedCorpus.CARDS)) {
            files = new ArrayList<>(s.sorted().toList());
        }
        Collections.shuffle(files, new Random(20261130)); // an input order unrelated to size or name
        Path missing = tmp.resolve("missing.md");
        files.add(files.size() / 2, missing);
        List<String> names = files.stream().map(Path::toString).toList();

        ValidationRun.Outcome outcome = new ValidationRun(VALIDATOR).run(files, names, done -> { });

        List<ValidationResult> expected = new ArrayList<>();
        for (Path f : files) {
            if (f.equals(missing)) {
                continue;
            }
            CardLoader.Loaded loaded = CardLoader.load(f, f.toString());
            ValidationResult r = VALIDATOR.validate(loaded.text(), loaded.cardType());
            List<Diagnostic> all = new ArrayList<>(loaded.problems());
            all.addAll(r.diagnostics());
            expected.add(new ValidationResult(r.file(), all, r.completeness()));
        }
        assertThat(outcome.results()).isEqualTo(expected);
        assertThat(outcome.unreadable()).containsExactly(missing + ":1:1: no such file");
    }
}
