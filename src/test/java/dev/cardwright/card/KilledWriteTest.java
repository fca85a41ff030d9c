package dev.cardwright.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 12: a process killed ({@code SIGKILL}) at random points while it writes a large file
 * leaves the target either the old file or the complete new one, never a mix; the next write
 * removes the temporary files the killed ones left. 50 kills, as the issue asks, took 36 s on the
 * shared 2-core machine while other builds ran (each child JVM starts, writes, and is killed
 * within 0–400 ms of its first write).
 */
class KilledWriteTest {
    static final int KILLS = 50;
    static final int SIZE = 8 * 1024 * 1024;

    @TempDir
    Path dir;

    /** Child: writes the target over and over, each time all bytes equal to the round's letter. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        byte[] bytes = new byte[SIZE];
        for (int round = 0; ; round++) {
            Arrays.fill(bytes, (byte) ('a' + round % 26));
            AtomicWrite.write(target, bytes);
            System.out.println("wrote");
            System.out.flush();
        }
    }

    @Test
    void aKilledWriterLeavesTheOldOrTheNewFileAndNextTimeNoTemporaries() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        assumeTrue(classpath != null && classpath.contains("test-classes"), "needs the test classes on the class path");
        Path target = dir.resolve("README.md");
        byte[] old = new byte[SIZE];
        Arrays.fill(old, (byte) 'Z');
        Files.write(target, old);
        Random random = new Random(12);
        for (int i = 0; i < KILLS; i++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                    "-XX:TieredStopAtLevel=1", "-cp", classpath, KilledWriteTest.class.getName(), target.toString())
                    .redirectErrorStream(true).start();
            // wait for the child to be writing (its first line), then kill it a random moment later
            p.getInputStream().read();
            Thread.sleep(random.nextInt(400));
            p.destroyForcibly().waitFor();
            byte[] now = Files.readAllBytes(target);
            assertThat(now).hasSize(SIZE);
            byte first = now[0];
            for (byte b : now) {
                if (b != first) {
                    throw new AssertionError("kill " + i + ": the target mixes '" + (char) first + "' and '" + (char) b + "'");
                }
            }
        }
        AtomicWrite.write(target, "done\n".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).containsExactly("README.md");
        }
    }
}
