package dev.cardwright.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/** Placeholder until the command is built; see the issue that asks for it. */
@Command(name = "set", mixinStandardHelpOptions = true, description = "(not yet built)")
public final class SetCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("cardwright set: not yet built");
        return CardwrightCommand.USAGE;
    }
}
