package dev.cardwright.cli;

import java.io.PrintWriter;
import java.io.StringWriter;


/** One run of the command line in this JVM, as {@code cardwright ARGS…} runs (its deep-stack thread included): exit code, stdout, stderr. */
record CommandRun(int code, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CardwrightCommand.runGuarded(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
