package dev.tact.cli;

import dev.tact.store.trail.ChainVerifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify",
    description = {"Check the sign-off trail: the reviewer registry's signatures; each decision's hash, link and",
        "signature by its reviewer's enrolled key, and the text it was bound to; every checkpoint (the database's",
        "and the one you keep) as a prefix of the chain; every line's status against its decisions; and that",
        "every approved line is approved at its current version, on its channel, under the stats it cites now."},
    footer = {"", "Exit status: 0 the trail verifies, 1 it does not (the first failure is named), 2 bad usage."})
final class VerifyCommand implements Callable<Integer> {
    private static final int BROKEN = 1;

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--report", paramLabel = "FILE.pdf",
        description = "Check the record embedded in an exported PDF report instead, without the database.")
    private Path report;

    @Override
    public Integer call() {
        if (report != null) {
            return ReportVerification.run(report, spec);
        }
        dev.tact.store.db.Database database = root.openForReading();
        java.util.Optional<dev.tact.core.Checkpoint> kept = dev.tact.store.trail.Checkpoints.kept(root.configDirectory(),
            dev.tact.store.trail.Checkpoints.databaseId(database));
        java.util.Optional<String> changedKey = dev.tact.store.trail.PinnedKeys.check(root.configDirectory(), database);
        if (changedKey.isPresent()) {
            spec.commandLine().getErr().println("tact: the trail does not verify: " + changedKey.get() + ".");
            return BROKEN;
        }
        ChainVerifier.Result result = new ChainVerifier(database).verify(kept);
        if (result.verified()) {
            spec.commandLine().getOut().printf("Verified %d decision%s; chain head %s.%n", result.decisions(),
                result.decisions() == 1 ? "" : "s", result.head());
            return 0;
        }
        spec.commandLine().getErr().println("tact: the trail does not verify: " + result.problem().get() + ".");
        return BROKEN;
    }
}
