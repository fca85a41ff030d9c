package dev.cardwright.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directive file: a new file each time, never written through a name someone placed first. */
class CompilerDirectivesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDirectiveUnderTheProcessesName() throws IOException {
        Path file = CompilerDirectives.directiveFile(dir, 42);
        assertThat(file).isEqualTo(dir.resolve("cardwright-jit-42.json"));
        assertThat(Files.readString(file)).contains("c2").contains("Exclude: true");
    }

    @Test
    void aLinkPlacedUnderThatNameIsNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(dir.resolve("cardwright-jit-42.json"), victim);
        Path file = CompilerDirectives.directiveFile(dir, 42);
        assertThat(file).isNotEqualTo(dir.resolve("cardwright-jit-42.json")).startsWith(dir);
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.readString(file)).contains("Exclude: true");
    }

    @Test
    void testsAndOtherApplicationsAreNotTheEditorsOwnProcess() {
        assertThat(CompilerDirectives.ownProcess()).isFalse(); // surefire's booter runs these tests
        assertThat(CompilerDirectives.pushNoOptimizingCompiler()).isFalse();
    }

    @Test
    void compilerFlagsOnTheCommandLineAreRecognised() {
        assertThat(CompilerDirectives.compilersChosen(new String[] {"-Xss2m", "-XX:TieredStopAtLevel=1", "-jar", "cardwright.jar"})).isTrue();
        assertThat(CompilerDirectives.compilersChosen(new String[] {"-XX:-TieredCompilation", "-cp", "x", "Main"})).isTrue();
        assertThat(CompilerDirectives.compilersChosen(new String[] {"-Xmx2g", "-XX:+UseSerialGC", "-jar", "cardwright.jar", "lint", "cards"})).isFalse();
        assertThat(CompilerDirectives.compilersChosen(new String[0])).isFalse();
    }

    @Test
    void theTestJvmLeavesTheCompilersToTheirDefaults() {
        // surefire's argLine (pom.xml) sets no compiler flag, so the directive would be asked for
        assertThat(CompilerDirectives.compilersChosenAtLaunch()).isFalse();
    }
}
