package dev.cardwright.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

/**
 * Tells HotSpot, for a batch command run as its own process, to skip the optimizing (C2)
 * compiler. A lint of a few thousand cards lasts a few seconds: on a 2-core machine C2 spends
 * about a third of the CPU compiling code that finishes before the compiled code pays back, and
 * C1 alone makes the whole process about 30% faster (docs/validation.md, "Speed"). {@code java
 * -jar} cannot pass {@code -XX:TieredStopAtLevel=1}, so the same effect is asked for at run time
 * with a compiler directive (the {@code Compiler.directives_add} diagnostic command, JDK 9+).
 * Only when this JVM was started for Cardwright's own command line (never inside tests or the
 * editor), and silently not at all on a JVM without the command.
 */
final class ShortRunCompiler {
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {
    }

    static void applyIfOwnProcess() {
        String command = System.getProperty("sun.java.command", "");
        if (!(command.startsWith("dev.cardwright.Launcher") || command.matches("\\S*cardwright[^/\\s]*\\.jar(\\s.*)?"))) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("cardwright-jit", ".json");
            Files.writeString(file, DIRECTIVE);
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // Not HotSpot, no management module, or no temp folder: the run is only slower.
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    // a stray temp file of 40 bytes; nothing to report
                }
            }
        }
    }
}
