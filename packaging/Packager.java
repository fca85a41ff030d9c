import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code mvn -Ppackage package} runs this (as a single-file program, {@code java
 * packaging/Packager.java}) after the jar and its libraries are built: a runtime trimmed by
 * {@code jlink} to the modules {@code jdeps} finds, the app-image with its two launchers, an
 * application class-data archive made from training runs, then the {@code .deb} from that
 * image. The tools' arguments live in the files beside this one; this program only strings the
 * steps together and computes what cannot be written down (the module list, the class path of
 * the launchers, the archive). Linux only: elsewhere it says so and does nothing.
 *
 * <p>Arguments: the build folder ({@code target}) and the folder holding the Monocle jar used
 * for the headless training run of the editor where there is no xvfb-run.
 */
public final class Packager {
    private final Path target;
    private final Path monocle;

    private Packager(Path target, Path monocle) {
        this.target = target;
        this.monocle = monocle;
    }

    public static void main(String[] args) throws Exception {
        String os = System.getProperty("os.name");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            System.out.println("[packaging] the package profile builds the Linux app-image and .deb; nothing to do on " + os);
            return;
        }
        new Packager(Path.of(args[0]), Path.of(args[1])).run();
    }

    private void run() throws Exception {
        Path input = target.resolve("package-input");
        Path runtime = target.resolve("runtime");
        Path images = target.resolve("app-image");
        Path image = images.resolve("Cardwright");
        Path installers = target.resolve("installer");
        for (Path old : List.of(input, runtime, images, installers, target.resolve("cds"))) {
            deleteTree(old);
        }
        copyInput(input);

        List<String> modules = moduleDependencies(input);
        step("jlink: " + String.join(",", modules));
        tool("jlink", with(argFile("jlink.txt"), "--add-modules", String.join(",", modules), "--output", runtime.toString()));
        stripNativeSymbols(runtime);

        step("jpackage: app-image");
        tool("jpackage", with(argFile("jpackage-image.txt"), "--input", input.toString(), "--runtime-image", runtime.toString(),
                "--dest", images.toString()));

        // The class list goes into the image; the archive is made from it where the image ends up
        // (here for the app-image, by the package's postinst once installed): HotSpot maps an
        // archive only for the absolute class path it was made with.
        Path classList = target.resolve("cds/cardwright.classlist");
        train(image, classList);
        // The image carries the list compressed (0.75 MB -> 0.07 MB); postinst unpacks it once.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(image.resolve("lib/app/cardwright.classlist.gz")))) {
            Files.copy(classList, out);
        }

        step("jpackage: .deb");
        // jpackage's own launcher, not in-process, to set dpkg-deb's compressor: the jars are most
        // of the package and compressed already; xz took six minutes here, gzip takes seconds.
        List<String> deb = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString()));
        deb.addAll(argFile("jpackage-deb.txt"));
        deb.addAll(List.of("--app-image", image.toString(), "--dest", installers.toString()));
        ProcessBuilder debBuild = new ProcessBuilder(deb);
        debBuild.environment().put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        debBuild.environment().put("DPKG_DEB_COMPRESSOR_LEVEL", "6");
        run(debBuild, 0);

        dumpArchive(image, classList, image.resolve("lib/app/cardwright.jsa"));

        printSizes(image, installers);
    }

    /** What the image is made of, in bytes (the sum of its files, as {@code du -sb} nearly) and MiB, the archive apart: it is made per installation. */
    private static void printSizes(Path image, Path installers) throws IOException {
        Path app = image.resolve("lib/app");
        Path jsa = app.resolve("cardwright.jsa");
        long archive = Files.isRegularFile(jsa) ? Files.size(jsa) : 0;
        long total = size(image);
        StringBuilder table = new StringBuilder("sizes of " + image + ":\n");
        Object[][] parts = {
            {"app-image without the class-data archive (what the .deb carries)", total - archive},
            {"  runtime (lib/runtime)", size(image.resolve("lib/runtime"))},
            {"    of which the class modules (lib/runtime/lib/modules)", size(image.resolve("lib/runtime/lib/modules"))},
            {"    of which the JVM (lib/runtime/lib/server/libjvm.so)", size(image.resolve("lib/runtime/lib/server/libjvm.so"))},
            {"  libraries (lib/app/lib)", size(app.resolve("lib"))},
            {"    of which WebView (javafx-web: classes and native library)", size(app.resolve("lib")) - sizeExcept(app.resolve("lib"), "javafx-web-")},
            {"  cardwright.jar", size(app.resolve("cardwright.jar"))},
            {"  launchers, icons, class list", total - archive - size(image.resolve("lib/runtime")) - size(app.resolve("lib"))
                    - size(app.resolve("cardwright.jar"))},
            {"class-data archive made for this path (lib/app/cardwright.jsa)", archive},
            {"app-image as built here", total},
        };
        for (Object[] part : parts) {
            long bytes = (Long) part[1];
            table.append(String.format(Locale.ROOT, "  %-68s %11d bytes %7.1f MiB%n", part[0], bytes, bytes / 1048576.0));
        }
        for (String deb : list(installers)) {
            long bytes = size(installers.resolve(deb));
            table.append(String.format(Locale.ROOT, "  %-68s %11d bytes %7.1f MiB%n", deb, bytes, bytes / 1048576.0));
        }
        step(table.toString().stripTrailing());
    }

    /** The jar and its libraries, as the app-image will hold them: without those listed in {@code unshipped-jars.txt}. */
    private void copyInput(Path input) throws IOException {
        Files.createDirectories(input.resolve("lib"));
        Files.copy(target.resolve("cardwright.jar"), input.resolve("cardwright.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        List<String> unshipped = argFile("unshipped-jars.txt");
        List<String> left = new ArrayList<>();
        for (String jar : list(target.resolve("lib"))) {
            if (unshipped.stream().anyMatch(jar::matches)) {
                left.add(jar);
            } else {
                Files.copy(target.resolve("lib").resolve(jar), input.resolve("lib").resolve(jar), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        step("jars left out: " + String.join(", ", left));
    }

    /** The JDK modules the jar and its libraries use, by jdeps (JavaFX itself stays on the class path, as in the plain jar). */
    private List<String> moduleDependencies(Path input) throws IOException {
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps", "--print-module-deps"));
        args.add(input.resolve("cardwright.jar").toString());
        for (String jar : list(input.resolve("lib"))) {
            args.add(input.resolve("lib").resolve(jar).toString());
        }
        step("jdeps: the modules the jars need");
        String out = tool("jdeps", args.toArray(String[]::new));
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        List<String> modules = new ArrayList<>(List.of(last.split(",")));
        modules.removeAll(UNUSED_MODULES);
        return modules;
    }

    /**
     * Modules jdeps finds in code of the libraries that the application never runs, left out of
     * the runtime (the training runs and the CI start-up check prove it starts and lints without
     * them): javassist's hot swapper attaches a debugger (jdk.jdi, jdk.attach and what they pull
     * in) and its agent support needs java.instrument; error_prone_annotations names
     * javax.lang.model types in annotation values (java.compiler); JGit's Kerberos HTTP
     * authentication needs java.security.jgss (and through it java.naming), but Cardwright uses
     * JGit on local repositories only ({@code translate/SourceHistory}), never over a transport;
     * JavaFX's pulse logger for Flight Recorder (jdk.jfr) is loaded by name, and JavaFX goes
     * without it when the module is absent. (To profile, run the plain jar on a full JDK.)
     */
    private static final List<String> UNUSED_MODULES = List.of("jdk.jdi", "jdk.jdwp.agent", "jdk.attach", "jdk.internal.jvmstat",
            "java.instrument", "java.compiler", "java.security.jgss", "jdk.jfr");

    /**
     * jlink's own option strips debug sections only, and the distribution's libraries carry none;
     * their symbol tables ({@code libjvm.so}: 4 MB) are what is left. {@code strip --strip-unneeded}
     * keeps the dynamic symbols, so the libraries link and a crash report still names exported
     * functions. Without binutils the runtime stays as jlink made it.
     */
    private static void stripNativeSymbols(Path runtime) throws IOException, InterruptedException {
        Path strip = onPath("strip");
        if (strip == null) {
            step("no `strip` on the PATH (binutils): the runtime's native libraries keep their symbol tables");
            return;
        }
        List<String> command = new ArrayList<>(List.of(strip.toString(), "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(runtime)) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(f -> command.add(f.toString()));
        }
        long before = size(runtime);
        run(command, 0);
        step(String.format(Locale.ROOT, "strip --strip-unneeded: runtime %d -> %d bytes", before, size(runtime)));
    }

    /**
     * Which classes the application class-data archive holds: those two training runs with the
     * image's own runtime load, the editor's start on the sample card (twice) and {@code lint} of
     * the sample cards.
     */
    private void train(Path image, Path classList) throws IOException, InterruptedException {
        Path java = image.resolve("lib/runtime/bin/java");
        String classPath = launcherClassPath(image);
        Path work = Files.createDirectories(target.resolve("cds"));
        String prefs = "-Djava.util.prefs.userRoot=" + work.resolve("prefs");
        List<String> monocleJars = new ArrayList<>();
        for (String jar : list(monocle)) {
            monocleJars.add(monocle.resolve(jar).toString());
        }

        // On a virtual display when there is one (xvfb-run), so the archive holds what a real start
        // loads (GTK's glass, the ES2 pipeline tried before software); headless (Monocle) otherwise.
        // Twice: the first start writes the preferences that every later start reads (XML).
        Path xvfbRun = onPath("xvfb-run");
        List<String> editor = new ArrayList<>();
        if (xvfbRun != null) {
            editor.addAll(List.of(xvfbRun.toString(), "-a"));
        }
        editor.addAll(List.of(java.toString(), "-XX:DumpLoadedClassList=" + work.resolve("editor.classlist"), prefs, "-Xss2m"));
        if (xvfbRun == null) {
            editor.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-cp", classPath + File.pathSeparator + String.join(File.pathSeparator, monocleJars)));
        } else {
            editor.addAll(List.of("-cp", classPath));
        }
        editor.addAll(List.of("dev.cardwright.Launcher", "--measure-startup"));
        step("training run: the editor on the sample card, " + (xvfbRun != null ? "on a virtual display (xvfb-run)" : "headless (Monocle)"));
        run(new ProcessBuilder(editor).redirectOutput(work.resolve("editor.log").toFile()).redirectErrorStream(true), 0);
        Path editorList = work.resolve("editor-again.classlist");
        editor.set(editor.indexOf("-XX:DumpLoadedClassList=" + work.resolve("editor.classlist")), "-XX:DumpLoadedClassList=" + editorList);
        step("training run: the editor again, with the preferences the first start saved");
        run(new ProcessBuilder(editor).redirectOutput(work.resolve("editor-again.log").toFile()).redirectErrorStream(true), 0);

        step("training run: lint of the sample cards");
        Path lintList = work.resolve("lint.classlist");
        run(new ProcessBuilder(java.toString(), "-XX:DumpLoadedClassList=" + lintList, prefs, "-Xss2m", "-cp", classPath,
                "dev.cardwright.Launcher", "lint", "src/main/resources/dev/cardwright/sample")
                .redirectOutput(work.resolve("lint.log").toFile()).redirectErrorStream(true), 0, 1);

        Set<String> classes = new LinkedHashSet<>(Files.readAllLines(work.resolve("editor.classlist")));
        classes.addAll(Files.readAllLines(editorList));
        classes.addAll(Files.readAllLines(lintList));
        Files.write(classList, classes);
        step("class list: " + classes.size() + " lines");
    }

    /** The archive for the image where it is, checked at once: a launcher whose archive does not map silently starts without it. */
    private static void dumpArchive(Path image, Path classList, Path archive) throws IOException, InterruptedException {
        step("class-data archive for " + image);
        Path java = image.resolve("lib/runtime/bin/java");
        String classPath = launcherClassPath(image);
        run(List.of(java.toString(), "-Xshare:dump", "-Xlog:cds=off", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath), 0);
        run(List.of(java.toString(), "-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", classPath,
                "dev.cardwright.Launcher", "--version"), 0);
    }

    /** The class path the image's launchers start their JVM with, from the main one's configuration file, $APPDIR resolved. */
    private static String launcherClassPath(Path image) throws IOException {
        Path cfg = image.resolve("lib/app/Cardwright.cfg");
        String appDir = cfg.getParent().toAbsolutePath().toString();
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir));
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(cfg + ": no app.classpath line; the launcher's class path is unknown");
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The program NAME as the shell would find it on the PATH, or null. */
    private static Path onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static void run(List<String> command, int... okCodes) throws IOException, InterruptedException {
        run(new ProcessBuilder(command), okCodes);
    }

    private static void run(ProcessBuilder builder, int... okCodes) throws IOException, InterruptedException {
        List<String> command = builder.command();
        if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
            builder.inheritIO();
        }
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        for (int ok : okCodes) {
            if (p.exitValue() == ok) {
                return;
            }
        }
        throw new IllegalStateException("exit code " + p.exitValue() + ": " + String.join(" ", command));
    }

    /** Runs a JDK tool in this JVM; its output, or an exception with it when it fails. */
    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (java.home " + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out, true);
        int code = tool.run(writer, writer, args);
        if (code != 0) {
            throw new IllegalStateException(name + " failed (" + code + "):\n" + out);
        }
        return out.toString();
    }

    /**
     * The arguments in packaging/NAME, as the tools' own launchers read an {@code @file} (which
     * they do not when called in-process): words split at blanks, double quotes group, a line
     * starting with # is a comment.
     */
    private static List<String> argFile(String name) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("packaging", name))) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    any = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (any) {
                        args.add(word.toString());
                        word.setLength(0);
                        any = false;
                    }
                } else {
                    word.append(c);
                    any = true;
                }
            }
            if (any) {
                args.add(word.toString());
            }
        }
        return args;
    }

    private static String[] with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static final long STARTED = System.nanoTime();

    private static void step(String what) {
        System.out.printf(Locale.ROOT, "[packaging %5.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, what);
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static long size(Path dir) throws IOException {
        return sizeExcept(dir, null);
    }

    /** The bytes of the files below dir (a file: its own), but those whose name starts with {@code skip}. */
    private static long sizeExcept(Path dir, String skip) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> skip == null || !f.getFileName().toString().startsWith(skip))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
