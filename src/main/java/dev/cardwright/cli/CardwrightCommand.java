package dev.cardwright.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

import dev.cardwright.bench.BenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code cardwright COMMAND …}. Exit codes: 0 success, 1 problems found, 2 bad usage or unreadable input. */
@Command(name = "cardwright",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Edit, validate, render and convert Hugging Face model cards.",
        commandListHeading = "%nCommands:%n")
public final class CardwrightCommand implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final Set<String> EDITOR_OPTIONS = Set.of("--measure-startup", "--measure-preview", "--measure-open");

    /**
     * The commands' names. A command is registered with picocli only when needed — just the one
     * invoked, or all of them for help — because building every command's model costs a short
     * run like {@code lint} in CI a noticeable part of its start-up. Made by a switch rather than
     * a map of constructor references: each lambda costs the editor's start a few milliseconds.
     */
    private static final List<String> COMMANDS = List.of("import", "export", "render", "set", "validate", "lint", "status", "bench",
            "convert-results", "push", "review", "help");

    private static Object newCommand(String name) {
        return switch (name) {
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "render" -> new RenderCommand();
            case "set" -> new SetCommand();
            case "validate" -> new ValidateCommand();
            case "lint" -> new LintCommand();
            case "status" -> new StatusCommand();
            case "bench" -> new BenchCommand();
            case "review" -> new ReviewCommand();
            case "help" -> new CommandLine.HelpCommand();
            case "convert-results" -> new ConvertResultsCommand();
            case "push" -> new PushCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Whether these arguments name a command (run headless) rather than something for the editor. */
    public static boolean isCommandLine(String[] args) {
        if (args.length == 0 || EDITOR_OPTIONS.contains(args[0])) {
            return false;
        }
        String first = args[0];
        if (first.startsWith("-")) {
            return true; // --help, --version, or a mistake the command line should report
        }
        return COMMANDS.contains(first);
    }

    /**
     * Stack for the thread a command runs on. The parsers (flexmark, the YAML composer, Jinjava)
     * recurse once per level of nesting; the limits refuse what is deeper than any card, and this
     * room lets everything within them finish. Only what is used is committed.
     */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    public static int run(String... args) {
        // UTF-8 whatever the platform default (Java 17 follows the locale): cards are UTF-8 text
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return runGuarded(out, err, args);
    }

    /**
     * {@link #run(PrintWriter, PrintWriter, String...)} on a thread with a deep stack, with the
     * last resort of a located one-line error (never a stack trace) should an input still exhaust
     * the stack or the memory.
     */
    static int runGuarded(PrintWriter out, PrintWriter err, String... args) {
        int[] code = {USAGE};
        Thread worker = new Thread(null, () -> {
            try {
                code[0] = run(out, err, args);
            } catch (StackOverflowError e) {
                err.println(inputOf(args) + ":1:1: the input nests too deeply to be processed (headings, quotes, lists, YAML or template blocks)");
                code[0] = USAGE;
            } catch (OutOfMemoryError e) {
                err.println(inputOf(args) + ":1:1: the input needs more memory than the command may use; it is refused");
                code[0] = USAGE;
            }
            err.flush();
        }, "cardwright", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return code[0];
    }

    /** The first argument after the command that is not an option: the file a command reads. */
    private static String inputOf(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return "cardwright";
    }

    /** Runs a command with the given output streams; returns the exit code. Never throws. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = create(out, err, args.length > 0 ? args[0] : null);
        return cl.execute(args);
    }

    static CommandLine create(PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new CardwrightCommand());
        if (first != null && !first.equals("help") && COMMANDS.contains(first)) {
            cl.addSubcommand(first, newCommand(first));
        } else {
            for (String name : COMMANDS) {
                cl.addSubcommand(name, newCommand(name));
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
