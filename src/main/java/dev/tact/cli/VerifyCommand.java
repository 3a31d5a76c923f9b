package dev.tact.cli;

import dev.tact.store.ChainVerifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify",
    description = {"Check the sign-off trail: each decision's hash and link, the text it was bound to, and that",
        "every approved line is approved at its current version under the stats it cites now."},
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
        ChainVerifier.Result result = new ChainVerifier(root.openForReading()).verify();
        if (result.verified()) {
            spec.commandLine().getOut().printf("Verified %d decision%s; chain head %s.%n", result.decisions(),
                result.decisions() == 1 ? "" : "s", result.head());
            return 0;
        }
        spec.commandLine().getErr().println("tact: the trail does not verify: " + result.problem().get() + ".");
        return BROKEN;
    }
}
