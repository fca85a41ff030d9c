package dev.cardwright.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until the command is built; see the issue that asks for it. */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "(not yet built)")
public final class LintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("cardwright lint: not yet built");
        return CardwrightCommand.USAGE;
    }
}
