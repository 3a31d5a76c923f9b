package dev.tact.report;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Counts;
import dev.tact.core.Decision;
import dev.tact.core.Factor;
import dev.tact.core.LineStatus;
import dev.tact.core.Policy;
import dev.tact.core.Stat;
import dev.tact.core.Verdict;
import dev.tact.score.Assessor;
import dev.tact.store.lines.CampaignLines;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.trail.CampaignTrail;
import dev.tact.store.db.Database;
import dev.tact.store.policy.PolicyStore;
import dev.tact.store.db.StoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Builds a campaign's sign-off sheet: the same data for the PDF, the CSV and the desk. */
public final class SignOffSheets {
    private static final DateTimeFormatter PRINTED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
        Locale.ROOT).withZone(ZoneOffset.UTC);
    // A decision recorded between reading the lines and reading the trail would leave the two
    // disagreeing; reading again is cheaper than a lock, and a busy desk settles within a few reads.
    private static final int CONSISTENT_READ_ATTEMPTS = 5;

    private SignOffSheets() {
    }

    public static SignOffSheet build(Database database, String campaign, Clock clock, String user) {
        Policy policy = new PolicyStore(database, clock, user).policyInForce();
        Assessor assessor = new Assessor(policy);
        CampaignLines.Sheet sheet = CampaignLines.read(database, campaign);
        CampaignTrail.Trail trail = CampaignTrail.read(database, campaign);
        for (int attempt = 1; !sheet.head().equals(trail.head()); attempt++) {
            if (attempt == CONSISTENT_READ_ATTEMPTS) {
                throw new StoreException("Decisions on \"" + campaign + "\" kept arriving while the report was read;"
                    + " export again when the desk is quiet.");
            }
            sheet = CampaignLines.read(database, campaign);
            trail = CampaignTrail.read(database, campaign);
        }
        CampaignDisclosure.Result disclosure = CampaignDisclosure.citedOnly(database, assessor).check(campaign);
        List<SignOffRow> rows = new ArrayList<>();
        for (CampaignLines.Line line : sheet.lines()) {
            String id = line.item().line().id();
            rows.add(row(line, assessor.assess(line.item(), CohortLookup.NONE), policy, trail.decisions(),
                disclosure.findingsFor(id).stream().map(finding -> finding.message(id) + " — " + resolution(line))
                    .toList()));
        }
        String policyName = policy.name() + " (" + (policy.version() == 0 ? "bundled default"
            : "version " + policy.version()) + ")";
        String thresholds = String.format(Locale.ROOT, "high under %,d people or from score %d; medium from %d",
            policy.defaults().minCohort(), policy.defaults().high(), policy.defaults().medium());
        String now = Instant.now(clock).toString();
        return new SignOffSheet(campaign, now, user, policyName, thresholds, sheet.head().hash(),
            decisionRange(sheet.lines()), statusCounts(sheet.lines()), rows,
            record(sheet, trail, policy, now, user));
    }

    // How a finding stands: what the line's latest decision on its current version made of it.
    private static String resolution(CampaignLines.Line line) {
        return line.latest().filter(d -> d.lineVersion() == line.item().line().version())
            .map(d -> "resolved: " + switch (d.verdict()) {
                case APPROVE -> "approved by " + d.reviewer() + (d.override() ? " with the override \"" + d.reason()
                    + "\"" : "");
                case REJECT -> "rejected by " + d.reviewer();
                case CHANGES -> "changes requested by " + d.reviewer();
            }).orElse("open: the line is not decided");
    }

    private static SignOffRow row(CampaignLines.Line line, Assessment assessment, Policy policy,
                                  List<Decision> decisions, List<String> disclosures) {
        var copy = line.item().line();
        Optional<Decision> decision = line.latest().filter(d -> d.lineVersion() == copy.version());
        String cohort = assessment.cohort().map(BoundCohort::size).map(size -> String.format(Locale.ROOT, "%,d", size))
            .orElse("");
        List<SignOffDecision> history = decisions.stream().filter(d -> d.lineId().equals(copy.id()))
            .map(SignOffSheets::printed).toList();
        return new SignOffRow(copy.id(), copy.version(), copy.channel(), copy.author(), copy.status().label(),
            copy.text(), cohort, decision.map(Decision::score).orElse(assessment.score()),
            decision.map(d -> d.band().code()).orElse(assessment.band().code()), factors(assessment),
            decision.map(d -> d.verdict().code()).orElse(""), decision.map(Decision::reviewer).orElse(""),
            decision.map(Decision::decidedAt).orElse(""), decision.map(Decision::reason).orElse(""),
            decision.map(Decision::override).orElse(false), line.staleReason(), boundStat(assessment),
            floor(policy, copy.channel()), history, disclosures);
    }

    static SignOffDecision printed(Decision decision) {
        return new SignOffDecision(decision.id(), decision.lineVersion(), decision.verdict().code(),
            meaning(decision), decision.reviewer(), printedTime(decision.decidedAt()), decision.reason(),
            decision.override());
    }

    // What the signature means: an approval signs one role of the line's route ("approval as legal").
    static String meaning(Decision decision) {
        if (decision.verdict() == Verdict.APPROVE && !decision.role().isEmpty()) {
            return "approval as " + decision.role() + " on the route " + decision.route().replace(",", " + ")
                + (decision.signer().isEmpty() ? "" : ", signed by key " + dev.tact.core.Signatures.shortFingerprint(
                    decision.signer()));
        }
        return meaning(decision.verdict()) + (decision.signer().isEmpty() ? ""
            : ", signed by key " + dev.tact.core.Signatures.shortFingerprint(decision.signer()));
    }

    static String meaning(Verdict verdict) {
        return switch (verdict) {
            case APPROVE -> "approved: the line may run as written";
            case REJECT -> "rejected: the line must not run";
            case CHANGES -> "changes requested: the line must be rewritten before it runs";
        };
    }

    /** "2026-11-28T09:00:00Z" as "2026-11-28 09:00:00 UTC"; a time in another form is printed as stored. */
    static String printedTime(String iso) {
        try {
            return PRINTED_TIME.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static String boundStat(Assessment assessment) {
        if (assessment.cohort().isEmpty()) {
            return "none: the line states no cohort";
        }
        BoundCohort cohort = assessment.cohort().get();
        if (cohort.stat().isEmpty()) {
            return "none: the cohort of " + Counts.grouped(cohort.size()) + " comes from the text ("
                + cohort.explanation() + ")";
        }
        Stat stat = cohort.stat().get();
        return stat.id() + ": " + stat.description() + ", cohort of " + Counts.grouped(stat.cohortSize())
            + (stat.cohortSize() == 1 ? " person" : " people");
    }

    private static String floor(Policy policy, String channel) {
        String where = policy.canonicalChannel(channel).orElse(channel.isBlank() ? "policy default"
            : channel + ", unknown channel: policy default");
        return Counts.grouped(policy.thresholds(channel).minCohort()) + " people (" + where + ")";
    }

    private static List<String> statusCounts(List<CampaignLines.Line> lines) {
        Map<LineStatus, Integer> counts = new EnumMap<>(LineStatus.class);
        for (LineStatus status : LineStatus.values()) {
            counts.put(status, 0);
        }
        lines.forEach(line -> counts.merge(line.item().line().status(), 1, Integer::sum));
        return counts.entrySet().stream().map(entry -> entry.getKey().label() + " " + entry.getValue()).toList();
    }

    private static CampaignRecord record(CampaignLines.Sheet sheet, CampaignTrail.Trail trail, Policy policy,
                                         String now, String user) {
        List<CampaignRecord.LineRef> lines = sheet.lines().stream().map(line -> line.item().line())
            .map(copy -> new CampaignRecord.LineRef(copy.id(), copy.version(), CampaignTrail.textHash(copy.text()),
                copy.text()))
            .toList();
        return new CampaignRecord(CampaignRecord.FORMAT, sheet.campaign(), now, user,
            new CampaignRecord.PolicyRef(policy.name(), policy.version()), trail.head(), lines, trail.decisions(),
            trail.chain(), trail.reviewers(), trail.checkpoint());
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
