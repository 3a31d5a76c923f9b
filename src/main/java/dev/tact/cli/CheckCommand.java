package dev.tact.cli;

import dev.tact.score.Assessor;
import dev.tact.score.DisclosureFinding;
import dev.tact.store.db.Database;
import dev.tact.store.release.CampaignDisclosure;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check",
    description = {"Check a campaign against what is already out for differencing: two lines each safe alone",
        "that together single out fewer people than the floor (a cohort minus one inside it, or a parent minus",
        "its children). What is out: approved lines of any campaign citing stats of the same source, and",
        "lines marked published (tact publish)."},
    footer = {"", "Exit status: 0 no finding, 1 some finding, 2 bad usage or input."})
final class CheckCommand implements Callable<Integer> {
    private static final int FINDINGS = 1;

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policyOptions;

    @Option(names = "--campaign", required = true, paramLabel = "NAME", description = "The campaign to check.")
    private String campaign;

    @Override
    public Integer call() {
        Database database = root.openExisting();
        Assessor assessor = new Assessor(policyOptions.resolve(root.storedPolicy(Optional.of(database)),
            spec.commandLine()));
        CampaignDisclosure.Result result = new CampaignDisclosure(database, assessor).check(campaign);
        PrintWriter out = spec.commandLine().getOut();
        for (DisclosureFinding finding : result.findings()) {
            String subject = finding.figures().stream().filter(figure -> figure.underReview()).findFirst()
                .map(figure -> figure.lineId()).orElseThrow();
            out.println(subject + ": " + finding.message(subject) + " (floor " + finding.floor() + ")");
        }
        int lines = result.lines().size();
        out.printf("%s: %d line%s checked, %d finding%s.%n", campaign, lines, lines == 1 ? "" : "s",
            result.findings().size(), result.findings().size() == 1 ? "" : "s");
        return result.findings().isEmpty() ? 0 : FINDINGS;
    }
}
