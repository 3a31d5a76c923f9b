package dev.tact.cli;

import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;
import dev.tact.store.policy.PolicyStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "policy", description = "Show, export or import the scoring policy (versioned in the database).",
    subcommands = {PolicyCommand.Show.class, PolicyCommand.Export.class, PolicyCommand.Import.class})
final class PolicyCommand implements Runnable {
    @ParentCommand
    TactCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The stored version in force, or the bundled default as version 0 (without creating a database). */
    static PolicyStore.Stored current(TactCommand root) {
        return root.readableIfAny().map(db -> new PolicyStore(db, root.clock(), root.user()).inForce())
            .orElseGet(PolicyStore::bundled);
    }

    @Command(name = "show", description = "Print the policy in force: preset, thresholds by channel, weights.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        private PolicyCommand parent;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--preset", paramLabel = "NAME", description = "Show this preset instead of the default.")
        private String preset;

        @Override
        public Integer call() {
            PolicyStore.Stored stored = current(parent.root);
            Policy policy = PolicyCodec.read(stored.document(), preset);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Policy:      %s (%s)%n", policy.name(), stored.version() == 0 ? "bundled default"
                : "version " + stored.version() + ", stored " + stored.createdAt() + " by " + stored.createdBy());
            out.printf("Presets:     %s%n", String.join(", ", PolicyCodec.presetNames(stored.document())));
            out.printf("Default:     %s%n", describe(policy.defaults()));
            new TreeMap<>(policy.channels()).forEach((channel, thresholds) ->
                out.printf("  %-18s %s%n", channel + ":", describe(thresholds)));
            if (!policy.channelAliases().isEmpty()) {
                out.printf("Aliases:     %s%n", new TreeMap<>(policy.channelAliases()).entrySet().stream()
                    .map(e -> e.getKey() + " → " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            }
            out.printf("Sensitive terms always high: %s%n", policy.sensitiveAlwaysHigh() ? "yes" : "no");
            out.printf("Weights:     %s%n", new TreeMap<>(policy.weights()));
            out.printf("Languages:   %s covered; a line in any other language is unassessed%n",
                String.join(", ", policy.covered()));
            for (String code : policy.covered()) {
                dev.tact.core.LanguagePack pack = policy.languages().get(code);
                int phrases = pack.lexicon().values().stream().mapToInt(java.util.List::size).sum();
                int words = pack.words().values().stream().mapToInt(java.util.List::size).sum();
                out.printf("  %-4s %-11s %,d lexicon phrases, %,d words in %d word classes%n", code, pack.name(),
                    phrases, words, pack.words().size());
            }
            return 0;
        }

        private static String describe(Policy.Thresholds thresholds) {
            return String.format(java.util.Locale.ROOT, "high under %,d people or from score %d; medium from %d",
                thresholds.minCohort(), thresholds.high(), thresholds.medium());
        }
    }

    @Command(name = "export", description = "Write the policy document (JSON) in force, or a stored version.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        private PolicyCommand parent;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--version-number", paramLabel = "N", description = "A stored version instead of the current.")
        private Integer version;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of stdout.")
        private Path output;

        @Override
        public Integer call() throws IOException {
            String document = Optional.ofNullable(version)
                .map(v -> new PolicyStore(parent.root.openExisting(), parent.root.clock(), parent.root.user())
                    .version(v).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "no stored policy version " + v)).document())
                .orElseGet(() -> current(parent.root).document());
            if (output == null) {
                spec.commandLine().getOut().print(document);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, document, StandardCharsets.UTF_8);
                spec.commandLine().getOut().println("Wrote the policy to " + output + ".");
            }
            return 0;
        }
    }

    @Command(name = "import", description = "Check a policy document and store it as the next version, in force.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        private PolicyCommand parent;

        @picocli.CommandLine.Mixin
        private PassphraseOptions passphrase;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The policy document (JSON).")
        private Path file;

        @Override
        public Integer call() {
            String document = read();
            String name;
            try {
                for (String preset : PolicyCodec.presetNames(document)) {
                    PolicyCodec.read(document, preset);
                }
                name = PolicyCodec.read(document, null).name();
            } catch (dev.tact.score.PolicyException e) {
                throw new dev.tact.score.PolicyException(file + ": " + e.getMessage(), e);
            }
            dev.tact.store.db.Database database = parent.root.openExisting();
            dev.tact.core.Signer admin = passphrase.unlock(parent.root.configDirectory(),
                "Passphrase for your key (admins store policy versions): ");
            PolicyStore.Stored stored = new PolicyStore(database, parent.root.clock(), parent.root.user())
                .add(name, document, admin);
            spec.commandLine().getOut().printf("Stored policy \"%s\" as version %d; it is now in force.%n", name,
                stored.version());
            return 0;
        }

        private String read() {
            if (Files.isDirectory(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": is a directory");
            }
            try {
                return dev.tact.score.PolicyText.decode(Files.readAllBytes(file), file.toString());
            } catch (NoSuchFileException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": "
                    + e.getMessage());
            }
        }
    }
}
