package dev.tact.cli;

import dev.tact.core.Decision;
import dev.tact.core.DecisionRefusedException;
import dev.tact.core.Verdict;
import dev.tact.core.Signer;
import dev.tact.store.trail.Checkpoints;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.trail.ReviewerRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "decide",
    description = {"Record a decision on a line: approve, reject or request changes.",
        "Rejecting or requesting changes needs --reason; approving a high line needs --reason as a written",
        "override; nobody approves a line they wrote. The decision is signed with your key (tact keys init;",
        "an admin enrols you) and chained to the one before it; who decides is whom the key is enrolled as."},
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

    @Option(names = "--reviewer", paramLabel = "NAME", hidden = true,
        description = "No longer chooses who you are: your key does. If given, it must be your key's name.")
    private String reviewer;

    @Mixin
    private PassphraseOptions passphrase;

    @Override
    public Integer call() {
        dev.tact.store.db.Database database = root.openExisting();
        Signer signer = unlock();
        if (reviewer != null) {
            String enrolled = new ReviewerRegistry(database, root.clock()).byFingerprint(signer.fingerprint())
                .map(ReviewerRegistry.Reviewer::name).orElse("");
            if (!reviewer.equals(enrolled)) {
                spec.commandLine().getErr().println("tact: refused: --reviewer " + reviewer + " is not who your key"
                    + " is enrolled as" + (enrolled.isEmpty() ? " (it is not enrolled here)" : " (" + enrolled + ")")
                    + "; who decides comes from the key, not from a name.");
                return ImportRunner.BAD_INPUT;
            }
        }
        try {
            DecisionLedger.Recorded recorded = new DecisionLedger(database, root.clock())
                .decide(line, verdict.verdict, signer, reason);
            Checkpoints.keep(root.configDirectory(), recorded.checkpoint());
            Decision decision = recorded.decision();
            spec.commandLine().getOut().printf("Decision %d: %s %s line %s%s (version %d, score %d, %s)%s.%n",
                decision.id(), decision.reviewer(), past(decision.verdict()), decision.lineId(),
                decision.role().isEmpty() ? "" : " as " + decision.role(), decision.lineVersion(), decision.score(),
                decision.band().code(), decision.override() ? ", overriding the high band" : "");
            if (!decision.route().isEmpty() && decision.verdict() == Verdict.APPROVE) {
                spec.commandLine().getOut().println("Route for " + recordedChannel(decision) + ": " + recorded.route()
                    .describe() + (recorded.route().complete() ? " — approved." : " — the line waits for the rest."));
            }
            return 0;
        } catch (DecisionRefusedException e) {
            spec.commandLine().getErr().println("tact: refused: " + e.getMessage());
            return ImportRunner.BAD_INPUT;
        }
    }

    private static String recordedChannel(Decision decision) {
        return decision.channel().isEmpty() ? "lines without a channel" : decision.channel();
    }

    private Signer unlock() {
        return passphrase.unlock(root.configDirectory(), "Passphrase for your key: ");
    }

    private static String past(Verdict verdict) {
        return switch (verdict) {
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case CHANGES -> "requested changes to";
        };
    }
}
