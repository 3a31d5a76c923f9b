package dev.tact.cli;

import dev.tact.report.EmbeddedRecordVerifier;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tact verify --report FILE.pdf}: checks the record a report embeds, with no database. */
final class ReportVerification {
    private static final int BROKEN = 1;

    private ReportVerification() {
    }

    static int run(Path report, CommandSpec spec) {
        EmbeddedRecordVerifier.Result result = new EmbeddedRecordVerifier().verify(report);
        if (result.verified()) {
            spec.commandLine().getOut().printf("Verified %d decision%s in the embedded record of %s; chain head %s.%n",
                result.decisions(), result.decisions() == 1 ? "" : "s", report, result.head());
            return 0;
        }
        spec.commandLine().getErr().println("tact: the embedded record of " + report + " does not verify: "
            + result.problem().get() + ".");
        return BROKEN;
    }
}
