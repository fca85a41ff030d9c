package dev.cardwright.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import dev.cardwright.card.CardFormatException;
import picocli.CommandLine;

/**
 * Turns any failure of a command into one line on stderr ({@code file:line:col: message}) and an
 * exit code; never a stack trace. Unreadable or malformed input is exit 2.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String line;
        if (e instanceof CardFormatException cfe) {
            line = cfe.located();
        } else if (e instanceof NoSuchFileException nsf) {
            line = nsf.getFile() + ":1:1: no such file";
        } else if (e instanceof AccessDeniedException ade) {
            line = ade.getFile() + ":1:1: permission denied";
        } else if (e instanceof IOException io) {
            line = "cardwright: " + io.getMessage();
        } else {
            line = "cardwright: internal error: " + e;
        }
        cl.getErr().println(line);
        cl.getErr().flush();
        return CardwrightCommand.USAGE;
    }
}
