package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.core.Factor;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The labelled corpus cases nearest to a line, shown as evidence: reviewers reason from precedent
 * ("like a 2016 billboard that addressed one listener by neighbourhood: press called it voyeuristic").
 *
 * <p>Nearness is the cosine similarity of what the assessment found, not of the words: the five
 * factor values and which shapes, qualifier kinds, sensitive categories and tones are present. So a
 * Portuguese line about one customer finds the English billboard about one listener. Every case is
 * assessed once, with the same policy, when the precedents are built (about 340 lines).
 */
public final class Precedents {
    private static final double MIN_SIMILARITY = 0.5;
    private static final double FACTOR_WEIGHT = 2;
    private static final String[] SENSITIVE = {"health", "sexuality", "religion", "ethnicity", "politics",
        "financial", "relationships", "life event", "pregnancy", "alcohol", "crime", "minors", "bereavement",
        "behavioural", "personal name"};
    private static final String[] TONES = {"mocking", "diagnosing", "surveillance", "pitying", "knowing"};
    private static final SpanKind[] QUALIFIERS = {SpanKind.FREQUENCY, SpanKind.DURATION, SpanKind.TIME,
        SpanKind.PLACE, SpanKind.NAMED_ITEM, SpanKind.USER_CONTENT, SpanKind.ATTRIBUTE};

    /**
     * A precedent for a line.
     *
     * @param precedent  the corpus case
     * @param similarity cosine similarity of the two assessments' features, in [0, 1]
     * @param shared     what both lines have, in words ("one person", "place", "health")
     */
    public record Match(CorpusCase precedent, double similarity, List<String> shared) {
        /** One sentence for the reviewer. */
        public String describe() {
            return "like " + precedent.id() + " (" + precedent.lang() + ", " + precedent.labelName() + "): \""
                + precedent.text() + "\" — " + precedent.reaction()
                + (shared.isEmpty() ? "" : "; shares " + String.join(", ", shared));
        }
    }

    private record Indexed(CorpusCase precedent, Map<String, Double> features) {
    }

    private final List<Indexed> cases;

    private Precedents(List<Indexed> cases) {
        this.cases = cases;
    }

    /** Precedents from the bundled corpus, assessed with the given assessor (text only). */
    public static Precedents bundled(Assessor assessor) {
        return of(CorpusCase.bundled(), assessor);
    }

    static Precedents of(List<CorpusCase> corpus, Assessor assessor) {
        List<Indexed> indexed = corpus.parallelStream().map(precedent -> new Indexed(precedent,
            features(assessor.assess(precedent.text(), List.of(), CohortLookup.NONE, "")))).toList();
        return new Precedents(indexed);
    }

    /**
     * The nearest cases, most similar first; those under a similarity of {@value #MIN_SIMILARITY}
     * are left out, and a case with exactly the line's text is never its own precedent.
     *
     * @param text       the line (to leave out an identical case)
     * @param assessment its assessment
     * @param count      at most this many, ≥ 0
     */
    public List<Match> nearest(String text, Assessment assessment, int count) {
        Map<String, Double> features = features(assessment);
        return cases.stream().filter(c -> !c.precedent().text().equals(text))
            .map(c -> new Match(c.precedent(), cosine(features, c.features()), shared(features, c.features())))
            .filter(match -> match.similarity() >= MIN_SIMILARITY)
            .sorted(Comparator.comparingDouble(Match::similarity).reversed()
                .thenComparing(match -> match.precedent().id()))
            .limit(count).toList();
    }

    static Map<String, Double> features(Assessment assessment) {
        Map<String, Double> features = new LinkedHashMap<>();
        for (Factor factor : assessment.factors()) {
            features.put(factor.name().name().toLowerCase(Locale.ROOT) + " factor", factor.value() * FACTOR_WEIGHT);
        }
        boolean onePerson = assessment.cohort().map(c -> c.size() == 1).orElse(false);
        flag(features, "one person", onePerson);
        flag(features, "under the floor", assessment.cohort().map(c -> c.size() < assessment.minCohort()).orElse(false));
        for (Span span : assessment.spans()) {
            String category = span.category().toLowerCase(Locale.ROOT);
            if (span.kind() == SpanKind.ADDRESS && span.weight() >= 0.9) {
                flag(features, "the reader placed in a group or condition", true);
            } else if (span.kind() == SpanKind.ADDRESS && category.contains("direct address")) {
                flag(features, "direct address", true);
            }
            for (SpanKind kind : QUALIFIERS) {
                flag(features, kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), span.kind() == kind);
            }
            for (String name : span.kind() == SpanKind.SENSITIVE ? SENSITIVE : span.kind() == SpanKind.TONE ? TONES
                : new String[0]) {
                flag(features, name, category.contains(name));
            }
        }
        return features;
    }

    private static void flag(Map<String, Double> features, String name, boolean present) {
        if (present) {
            features.put(name, 1.0);
        }
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> features) {
        return Math.sqrt(features.values().stream().mapToDouble(v -> v * v).sum());
    }

    private static List<String> shared(Map<String, Double> a, Map<String, Double> b) {
        List<String> shared = new ArrayList<>();
        for (String name : a.keySet()) {
            if (!name.endsWith(" factor") && b.containsKey(name) && shared.size() < 3) {
                shared.add(name);
            }
        }
        return shared;
    }
}
