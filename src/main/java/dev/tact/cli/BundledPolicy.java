package dev.tact.cli;

import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The bundled default policy ({@link PolicyCodec#defaults()}), read ahead on a thread of its own for a
 * run whose command will assess lines, while picocli builds its model of the command line on the main
 * thread. Parsing the 414 KB policy was about a fifth of a one-line {@code tact score}'s main thread,
 * picocli about half (src/site/decisions/0013-the-jit-by-command.md); on two cores the two now overlap.
 * A command that ends up with another policy ({@code --policy}, {@code --preset}, a database's stored
 * one) never asks for it, and the reading thread, a daemon, is simply left.
 */
final class BundledPolicy implements Supplier<Policy> {
    private static final List<String> ASSESSING = List.of("score", "suggest", "check", "eval");
    private final FutureTask<Policy> reading = new FutureTask<>(PolicyCodec::defaults);

    private BundledPolicy() {
    }

    /** Read when first asked for, on the asking thread. */
    static BundledPolicy onDemand() {
        return new BundledPolicy();
    }

    /** Read ahead from now when the arguments name a command that assesses lines, else on demand. */
    static BundledPolicy readAheadFor(String[] args) {
        BundledPolicy policy = new BundledPolicy();
        if (Subcommands.named(args).filter(ASSESSING::contains).isPresent()) {
            Thread thread = new Thread(policy.reading, "tact-policy");
            thread.setDaemon(true);
            thread.start();
        }
        return policy;
    }

    /**
     * The bundled policy, waiting for the reading thread if it has not finished.
     *
     * @throws IllegalStateException when the bundled policy cannot be read, as {@link PolicyCodec#defaults()}
     */
    @Override
    public Policy get() {
        reading.run();
        return Awaited.value(reading, "the bundled policy");
    }
}
