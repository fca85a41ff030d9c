package dev.cardwright.runtime;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import javax.management.DynamicMBean;
import javax.management.ObjectName;

/**
 * Asks HotSpot, at run time, to leave the optimizing compiler (C2) out for a while. On this kind
 * of two-core machine a short run spends more CPU in C2 compiling code than the compiled code
 * gives back: a lint of a few thousand cards ends before C2's code pays off, and during the
 * editor's start C2 takes a whole core from the JavaFX thread (docs/validation.md and
 * docs/editor.md, "Speed"). {@code java -jar} cannot pass {@code -XX:TieredStopAtLevel=1}, so the
 * same effect is asked for with a compiler directive (the {@code Compiler.directives_add}
 * diagnostic command, JDK 9+). Methods that were due for C2 while the directive was in force stay
 * with C1's code; methods that become hot after {@link #pop()} get C2 as usual.
 *
 * <p>The diagnostic command is reached through the platform's provider of management beans when
 * the jar's manifest exports {@code sun.management.spi} to us (about 40 ms), else through the
 * platform MBean server (about 150 ms, which builds every platform bean). Only when this JVM was
 * started for Cardwright itself (never inside tests or another application), and silently not at
 * all on a JVM without the command: the run is then only slower.
 */
public final class CompilerDirectives {
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String BEAN = "com.sun.management:type=DiagnosticCommand";

    private CompilerDirectives() {
    }

    /** Whether this JVM runs Cardwright's own launcher (its jar, or the launcher class). */
    public static boolean ownProcess() {
        String command = System.getProperty("sun.java.command", "");
        return command.startsWith("dev.cardwright.Launcher") || command.matches("\\S*cardwright[^/\\s]*\\.jar(\\s.*)?");
    }

    /**
     * Whether the JVM was started with its own say on the compilers ({@code -XX:TieredStopAtLevel},
     * as the packaged application's launcher passes): then there is nothing to ask for. Read from
     * the process's command line, which costs no management classes.
     */
    static boolean compilersChosenAtLaunch() {
        return compilersChosen(ProcessHandle.current().info().arguments().orElse(new String[0]));
    }

    /** Whether these JVM arguments set how HotSpot compiles. */
    static boolean compilersChosen(String[] arguments) {
        for (String a : arguments) {
            if (a.startsWith("-XX:TieredStopAtLevel=") || a.equals("-XX:-TieredCompilation") || a.startsWith("-XX:CompilerDirectivesFile")) {
                return true;
            }
        }
        return false;
    }

    /** Adds the directive that keeps C2 out; returns whether it is in force. */
    public static boolean pushNoOptimizingCompiler() {
        if (!ownProcess() || compilersChosenAtLaunch()) {
            return false;
        }
        Path file = null;
        try {
            Operations bean = diagnosticCommands();
            file = directiveFile(Path.of(System.getProperty("java.io.tmpdir")), ProcessHandle.current().pid());
            bean.invoke("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return true;
        } catch (Exception | LinkageError e) {
            return false; // not HotSpot, no management module, no temp folder
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

    /**
     * The directive in a new file of the temporary folder. Named by process id (cheaper than
     * {@link Files#createTempFile}, whose random names cost a SecureRandom) but created with
     * CREATE_NEW, which refuses an existing file or link: nobody can point the name elsewhere
     * first. If the name is taken, a random one.
     */
    static Path directiveFile(Path folder, long pid) throws java.io.IOException {
        byte[] text = NO_C2.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = folder.resolve("cardwright-jit-" + pid + ".json");
        try {
            return Files.write(file, text, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return Files.write(Files.createTempFile(folder, "cardwright-jit", ".json"), text);
        }
    }

    /** Removes the directive added last. */
    public static void pop() {
        try {
            diagnosticCommands().invoke("compilerDirectivesRemove", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // nothing was added, or the command is gone: either way no directive to remove
        }
    }

    /** An operation of the diagnostic command bean, however it was reached. */
    private interface Operations {
        Object invoke(String operation, Object[] params, String[] signature) throws Exception;
    }

    private static Operations diagnosticCommands() throws Exception {
        DynamicMBean direct = fromProvider();
        if (direct != null) {
            return direct::invoke;
        }
        javax.management.MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(BEAN);
        return (operation, params, signature) -> server.invoke(name, operation, params, signature);
    }

    /** The bean straight from the JDK's provider, or null when the package is not exported to us. */
    private static DynamicMBean fromProvider() {
        try {
            Class<?> provider = Class.forName("sun.management.spi.PlatformMBeanProvider");
            Class<?> component = Class.forName("sun.management.spi.PlatformMBeanProvider$PlatformComponent");
            Method list = provider.getMethod("getPlatformComponentList");
            Method pattern = component.getMethod("getObjectNamePattern");
            Method beans = component.getMethod("nameToMBeanMap");
            for (Object p : ServiceLoader.loadInstalled(provider)) {
                for (Object c : (List<?>) list.invoke(p)) {
                    if (BEAN.equals(pattern.invoke(c))) {
                        for (Object bean : ((Map<?, ?>) beans.invoke(c)).values()) {
                            if (bean instanceof DynamicMBean d) {
                                return d;
                            }
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // IllegalAccessException without the manifest's Add-Exports: use the MBean server
        }
        return null;
    }
}
