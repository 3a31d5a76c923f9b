package dev.tact.cli;

import java.util.List;
import java.util.Optional;

/**
 * Which subcommands a run needs registered. Building picocli's model of a command reflects over its
 * options and converters: for all seventeen it was about a fifth of a one-line {@code tact score}
 * (src/site/decisions/0012-start-up.md). A run whose arguments name a subcommand gets only that one;
 * anything else (help, a version, a typo that wants "did you mean", an {@code @file}) gets them all,
 * as before, so what picocli answers is the same either way.
 */
final class Subcommands {
    private Subcommands() {
    }

    /**
     * The subcommands to register for these arguments: the one they name, else all of {@code every}.
     *
     * @param names the name of each of {@code every}, in the same order
     */
    static List<Class<?>> forArguments(String[] args, List<Class<?>> every, List<String> names) {
        int named = named(args).map(names::indexOf).orElse(-1);
        return named >= 0 ? List.of(every.get(named)) : every;
    }

    /**
     * The first argument after the root's own options ({@code --db PATH}, {@code --db=PATH},
     * {@code --no-demo}); empty when another option or nothing comes first.
     */
    static Optional<String> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("--db=") && !arg.equals("--no-demo")) {
                boolean plain = !arg.startsWith("-") && !arg.startsWith("@") && !arg.equals("help");
                return plain ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
