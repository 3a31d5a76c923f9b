package dev.tact.report;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Decision;
import dev.tact.core.Factor;
import dev.tact.core.Policy;
import dev.tact.score.Assessor;
import dev.tact.store.CampaignLines;
import dev.tact.store.Database;
import dev.tact.store.PolicyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds a campaign's sign-off sheet: the same data for the PDF, the CSV and the desk. */
public final class SignOffSheets {

    private SignOffSheets() {
    }

    public static SignOffSheet build(Database database, String campaign, Clock clock, String user) {
        Policy policy = new PolicyStore(database, clock, user).policyInForce();
        Assessor assessor = new Assessor(policy);
        CampaignLines.Sheet sheet = CampaignLines.read(database, campaign);
        List<SignOffRow> rows = new ArrayList<>();
        for (CampaignLines.Line line : sheet.lines()) {
            rows.add(row(line, assessor.assess(line.item(), CohortLookup.NONE)));
        }
        String policyName = policy.name() + " (" + (policy.version() == 0 ? "bundled default"
            : "version " + policy.version()) + ")";
        String thresholds = String.format(Locale.ROOT, "high under %,d people or from score %d; medium from %d",
            policy.defaults().minCohort(), policy.defaults().high(), policy.defaults().medium());
        return new SignOffSheet(campaign, Instant.now(clock).toString(), user, policyName, thresholds,
            sheet.head().hash(), decisionRange(sheet.lines()), rows);
    }

    private static SignOffRow row(CampaignLines.Line line, Assessment assessment) {
        var copy = line.item().line();
        Optional<Decision> decision = line.latest().filter(d -> d.lineVersion() == copy.version());
        String cohort = assessment.cohort().map(BoundCohort::size).map(size -> String.format(Locale.ROOT, "%,d", size))
            .orElse("");
        return new SignOffRow(copy.id(), copy.version(), copy.channel(), copy.author(), copy.status().label(),
            copy.text(), cohort, decision.map(Decision::score).orElse(assessment.score()),
            decision.map(d -> d.band().code()).orElse(assessment.band().code()), factors(assessment),
            decision.map(d -> d.verdict().code()).orElse(""), decision.map(Decision::reviewer).orElse(""),
            decision.map(Decision::decidedAt).orElse(""), decision.map(Decision::reason).orElse(""),
            decision.map(Decision::override).orElse(false), line.staleReason());
    }

    private static String factors(Assessment assessment) {
        List<String> parts = new ArrayList<>();
        for (Factor factor : assessment.factors()) {
            if (factor.name() != Factor.Name.COHORT) {
                parts.add(String.format(Locale.ROOT, "%s %.2f", factor.name().name().toLowerCase(Locale.ROOT),
                    factor.value()));
            }
        }
        return String.join(", ", parts);
    }

    private static String decisionRange(List<CampaignLines.Line> lines) {
        List<String> times = lines.stream().flatMap(line -> line.latest().stream()).map(Decision::decidedAt)
            .sorted().toList();
        return times.isEmpty() ? "no decisions yet" : times.get(0) + " to " + times.get(times.size() - 1);
    }
}
