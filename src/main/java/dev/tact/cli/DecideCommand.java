package dev.tact.cli;

import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.Verdict;
import dev.tact.store.DecisionLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "decide",
    description = {"Record a decision on a line: approve, reject or request changes.",
        "Rejecting or requesting changes needs --reason; approving a high line needs --reason as a written",
        "override; nobody approves a line they wrote. The decision is chained to the one before it."},
    footer = {"", "Exit status: 0 recorded, 2 refused by a rule or bad input (nothing written)."})
final class DecideCommand implements Callable<Integer> {
    /** The verdicts as typed on the command line. */
    enum VerdictOption {
        APPROVE(Verdict.APPROVE), REJECT(Verdict.REJECT), CHANGES(Verdict.CHANGES);

        private final Verdict verdict;

        VerdictOption(Verdict verdict) {
            this.verdict = verdict;
        }
    }

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--line", required = true, paramLabel = "ID", description = "The line's id.")
    private String line;

    @Option(names = "--verdict", required = true, paramLabel = "VERDICT", description = "approve, reject or changes.")
    private VerdictOption verdict;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "", description = "Why; required unless approving a"
        + " line that is not high.")
    private String reason;

    @Option(names = "--reviewer", paramLabel = "NAME",
        description = "Who decides. Default: $TACT_USER, else the operating-system user.")
    private String reviewer;

    @Override
    public Integer call() {
        String who = reviewer == null || reviewer.isBlank() ? root.user() : reviewer;
        try {
            Decision decision = new DecisionLedger(root.openExisting(), root.clock())
                .decide(line, verdict.verdict, who, reason);
            spec.commandLine().getOut().printf("Decision %d: %s %s line %s (version %d, score %d, %s)%s.%n",
                decision.id(), decision.reviewer(), past(decision.verdict()), decision.lineId(),
                decision.lineVersion(), decision.score(), decision.band().code(),
                decision.override() ? ", overriding the high band" : "");
            return 0;
        } catch (DecisionRefusedException e) {
            spec.commandLine().getErr().println("tact: refused: " + e.getMessage());
            return ImportRunner.BAD_INPUT;
        }
    }

    private static String past(Verdict verdict) {
        return switch (verdict) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case CHANGES -> "requested changes to";
        };
    }
}
