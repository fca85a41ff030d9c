package dev.cardwright.cli;

import dev.cardwright.runtime.CompilerDirectives;
import dev.cardwright.validate.CardValidator;

/**
 * Starts what a validating command will need on a second thread, while the main thread is busy
 * building the command line's model (picocli's reflection takes a quarter of a second, on one
 * core): for {@code lint}, the compiler directive that keeps C2 out of the run
 * ({@link CompilerDirectives}), then the validator's vocabularies, patterns and YAML reader,
 * loaded by validating a small card. When the command itself gets there the work is done or
 * under way (class initialization waits for it), so nothing is computed twice; on a one-core
 * machine it only changes the order.
 */
final class Prestart {
    private Prestart() {
    }

    static void begin(String[] args) {
        if (args.length < 2 || !(args[0].equals("lint") || args[0].equals("validate"))) {
            return; // a help request or a usage error needs none of it
        }
        boolean lint = args[0].equals("lint");
        Thread thread = new Thread(() -> {
            if (lint) {
                CompilerDirectives.pushNoOptimizingCompiler(); // for the whole run
            }
            try {
                CardValidator.warmUp();
            } catch (RuntimeException | LinkageError e) {
                // The command meets the same problem on its own thread and reports it there.
            }
        }, "prestart");
        thread.setDaemon(true);
        thread.start();
    }
}
