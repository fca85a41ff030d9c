package dev.cardwright.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code cardwright COMMAND …}. Exit codes: 0 success, 1 problems found, 2 bad usage or unreadable input. */
@Command(name = "cardwright",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Edit, validate, render and convert Hugging Face model cards.",
        subcommands = {
                ImportCommand.class,
                ExportCommand.class,
                RenderCommand.class,
                SetCommand.class,
                ValidateCommand.class,
                LintCommand.class,
                StatusCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class CardwrightCommand implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final Set<String> EDITOR_OPTIONS = Set.of("--measure-startup", "--measure-preview");

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
        return new CommandLine(new CardwrightCommand()).getSubcommands().containsKey(first);
    }

    public static int run(String... args) {
        // UTF-8 whatever the platform default (Java 17 follows the locale): cards are UTF-8 text
        return run(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true), args);
    }

    /** Runs a command with the given output streams; returns the exit code. Never throws. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = create(out, err);
        return cl.execute(args);
    }

    static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CardwrightCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
