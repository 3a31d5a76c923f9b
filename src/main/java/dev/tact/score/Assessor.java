package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Factor;
import dev.tact.core.LanguagePack;
import dev.tact.core.LanguageVerdict;
import dev.tact.core.Policy;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import dev.tact.core.Stat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assesses a line: finds its spans, binds its cohort, derives the five factors and combines
 * them into a score and a band. A pure function of (text, cited stats, lookup, policy, channel).
 *
 * <p>Each factor is a noisy-or of its spans' weights, 1 − Π(1 − wᵢ), so a factor only grows
 * when a span is added. The score is a noisy-or of weighted terms, each a product of factors:
 * cohort, cohort × specificity, specificity, sensitivity, sensitivity × max(targeting, cohort²),
 * address, address × cohort, tone, tone × max(cohort, address). Every weight is non-negative,
 * so adding a qualifier, shrinking the cohort, adding address, tone or a sensitive term never
 * lowers the score. See src/site/decisions/0003-score.md.
 *
 * <p>The line is first given a language ({@link LanguageIdentifier}) and read with that language's
 * pack from the policy; a line in a language the policy does not cover is {@link Band#UNASSESSED}:
 * its score counts only what needs no language (digits, quotes) and its band says a person must
 * read it.
 */
public final class Assessor {
    // Decades of cohort size over which the cohort factor falls from 1 (one person) to 0:
    // 6.5 puts 53 people at 0.73, 3,445 at 0.46 and 3 million at 0.
    private static final double COHORT_DECADES = 6.5;
    private static final double TARGETING_ADDRESS = 0.45;
    // values() copies its array on every call: once per line was measurable.
    private static final Factor.Name[] FACTOR_NAMES = Factor.Name.values();

    private final Policy policy;
    // Built on first use: a batch in one language never pays for the other packs' indexes.
    private final Map<String, SpanFinder> finders = new java.util.concurrent.ConcurrentHashMap<>();
    private final SpanFinder languageNeutral;
    private final LanguageIdentifier identifier;

    public Assessor(Policy policy) {
        this.policy = policy;
        this.languageNeutral = new SpanFinder(new LanguagePack("und", "no language", Map.of(), List.of(), Map.of(),
            Map.of(), Map.of(), false));
        this.identifier = new LanguageIdentifier(policy);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * @param text    the line of copy
     * @param cited   the stats the line cites (may be empty)
     * @param lookup  where to match stats by the numbers in the text ({@link CohortLookup#NONE} for text only)
     * @param channel the channel it would run on, empty for the policy's defaults
     */
    public Assessment assess(String text, List<Stat> cited, CohortLookup lookup, String channel) {
        List<Token> tokens = Tokenizer.tokenize(text);
        LanguageVerdict language = identifier.identify(text, tokens);
        SpanFinder finder = language.covered()
            ? finders.computeIfAbsent(language.code(), code -> new SpanFinder(policy.languages().get(code)))
            : languageNeutral;
        Findings findings = finder.find(text, tokens);
        Optional<BoundCohort> cohort = CohortBinder.bind(findings, cited, lookup);
        Map<Factor.Name, Factor> factors = factors(findings, cohort);
        double score = combine(factors, targeting(findings));
        int rounded = (int) Math.round(score * 100);
        Policy.Thresholds thresholds = policy.thresholds(channel);
        Band band = language.covered() ? band(rounded, cohort, factors, thresholds) : Band.UNASSESSED;
        List<Factor> ordered = List.copyOf(factors.values());
        List<String> reasons = new java.util.ArrayList<>();
        if (!policy.knowsChannel(channel)) {
            reasons.add("unknown channel \"" + channel.strip() + "\": the default floor of " + thresholds.minCohort()
                + " applied; the policy knows " + policy.knownChannels());
        }
        if (!language.covered()) {
            reasons.add("not assessed: " + language.name() + " is not a language the policy covers ("
                + String.join(", ", policy.covered()) + "); a person must read it");
        }
        reasons.addAll(Claims.unbacked(text, findings, cohort));
        reasons.addAll(Reasons.summarize(cohort, ordered, thresholds));
        return new Assessment(rounded, band, cohort, ordered, findings.spans(), reasons,
            policy.canonicalChannel(channel).orElse(channel == null ? "" : channel.strip()), thresholds.minCohort(),
            language);
    }

    /** The language a line would be read as, and whether the policy covers it. */
    public LanguageVerdict language(String text) {
        return identifier.identify(text);
    }

    /** Assesses a stored line with the stats it cites, on its own channel. */
    public Assessment assess(dev.tact.core.ReviewItem item, CohortLookup lookup) {
        return assess(item.line().text(), item.cited(), lookup, item.line().channel());
    }

    /**
     * Assesses many lines on all cores, results in input order. The lookup must be safe to call
     * from several threads.
     */
    public List<Assessment> assessAll(List<LineRequest> requests, CohortLookup lookup) {
        return requests.parallelStream()
            .map(request -> assess(request.text(), request.cited(), lookup, request.channel()))
            .toList();
    }

    private Map<Factor.Name, Factor> factors(Findings findings, Optional<BoundCohort> cohort) {
        Map<Factor.Name, FactorBuilder> builders = new EnumMap<>(Factor.Name.class);
        for (Factor.Name name : FACTOR_NAMES) {
            builders.put(name, new FactorBuilder());
        }
        String explained = cohort.map(BoundCohort::explanation).orElse("");
        cohort.ifPresent(bound -> builders.get(Factor.Name.COHORT).set(cohortFactor(bound.size()), explained));
        for (Span span : findings.spans()) {
            if (span.kind() != SpanKind.COUNT && span.kind() != SpanKind.SINGULAR) {
                builders.get(span.kind().factor()).add(span.weight(), describe(span));
            }
        }
        Map<Factor.Name, Factor> factors = new EnumMap<>(Factor.Name.class);
        builders.forEach((name, builder) -> factors.put(name, builder.build(name)));
        return factors;
    }

    // How squarely the line speaks to the people its sensitive terms describe: an opening address
    // ("To the 19 people who…") or the reader placed in the condition ("Are you pregnant?"), as a
    // noisy-or of those address spans. A bare "you" does not count: Meta allows "you" without an
    // attribute asserted of it ("Looking for Christian singles near you?").
    private static double targeting(Findings findings) {
        double none = 1;
        for (Span span : findings.spans()) {
            if (span.kind() == SpanKind.ADDRESS && span.weight() >= TARGETING_ADDRESS) {
                none *= 1 - span.weight();
            }
        }
        return 1 - none;
    }

    static double cohortFactor(long people) {
        return clamp(1 - Math.log10(people + 1.0) / COHORT_DECADES);
    }

    private double combine(Map<Factor.Name, Factor> factors, double targeting) {
        double cohort = factors.get(Factor.Name.COHORT).value();
        double specificity = factors.get(Factor.Name.SPECIFICITY).value();
        double sensitivity = factors.get(Factor.Name.SENSITIVITY).value();
        double address = factors.get(Factor.Name.ADDRESS).value();
        double tone = factors.get(Factor.Name.TONE).value();
        double[] terms = {
            policy.weight("cohort") * cohort,
            policy.weight("cohortSpecificity") * cohort * specificity,
            policy.weight("specificity") * specificity,
            policy.weight("sensitive") * sensitivity,
            policy.weight("sensitiveTargeted") * sensitivity * Math.max(targeting, cohort * cohort),
            policy.weight("address") * address,
            policy.weight("addressedCohort") * address * cohort,
            policy.weight("tone") * tone,
            policy.weight("toneTargeted") * tone * Math.max(cohort, address),
        };
        double none = 1;
        for (double term : terms) {
            none *= 1 - term;
        }
        return clamp(1 - none);
    }

    private Band band(int score, Optional<BoundCohort> cohort, Map<Factor.Name, Factor> factors,
                      Policy.Thresholds thresholds) {
        boolean underFloor = cohort.map(bound -> bound.size() < thresholds.minCohort()).orElse(false);
        boolean sensitive = policy.sensitiveAlwaysHigh() && factors.get(Factor.Name.SENSITIVITY).value() > 0;
        if (underFloor || sensitive || score >= thresholds.high()) {
            return Band.HIGH;
        }
        return score >= thresholds.medium() ? Band.MEDIUM : Band.LOW;
    }

    // Built by hand: String.format here was a tenth of the time of scoring a line.
    private static String describe(Span span) {
        String category = span.category().isEmpty()
            ? span.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') : span.category();
        long hundredths = Math.round(span.weight() * 100);
        return category + " \"" + span.text() + "\" (" + hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "")
            + hundredths % 100 + ")";
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** Accumulates a factor as a noisy-or of its causes. */
    private static final class FactorBuilder {
        private static final Comparator<Map.Entry<Double, String>> STRONGEST_FIRST =
            Map.Entry.<Double, String>comparingByKey(Comparator.reverseOrder());
        private double none = 1;
        private final List<Map.Entry<Double, String>> causes = new ArrayList<>();

        void add(double weight, String cause) {
            none *= 1 - weight;
            causes.add(Map.entry(weight, cause));
        }

        void set(double value, String cause) {
            none = 1 - value;
            causes.add(Map.entry(value, cause));
        }

        Factor build(Factor.Name name) {
            // A stable sort: causes of equal weight keep the order of their spans.
            causes.sort(STRONGEST_FIRST);
            String[] texts = new String[causes.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = causes.get(i).getValue();
            }
            return new Factor(name, clamp(1 - none), java.util.Arrays.asList(texts));
        }
    }
}
