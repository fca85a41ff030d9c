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

    private static final Set<String> EDITOR_OPTIONS = Set.of("--measure-startup", "--measure-preview");

    /**
     * The commands' names. A command is registered with picocli only when needed — just the one
     * invoked, or all of them for help — because building every command's model costs a short
     * run like {@code lint} in CI a noticeable part of its start-up. Made by a switch rather than
     * a map of constructor references: each lambda costs the editor's start a few milliseconds.
     */
    private static final List<String> COMMANDS = List.of("import", "export", "render", "set", "validate", "lint", "status", "bench",
            "convert-results", "push", "help");

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

    public static int run(String... args) {
        Prestart.begin(args);
        // UTF-8 whatever the platform default (Java 17 follows the locale): cards are UTF-8 text
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true), args);
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
