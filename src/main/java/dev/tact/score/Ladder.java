package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.CohortLookup;
import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import dev.tact.core.Stat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The generalization ladder: the same idea said of a group large enough. With a bound stat,
 * each broader stat that clears the channel's floor gives a rewrite true to its count; without
 * one, the number is bucketed and time, place and address are dropped step by step. Every
 * rewrite is assessed again and only those scoring lower than the line are offered.
 */
public final class Ladder {
    private static final int MAX_SUGGESTIONS = 5;
    // A stat dimension names the kind of span that states it in the copy.
    private static final Map<String, List<SpanKind>> DIMENSION_SPANS = Map.of(
        "frequency", List.of(SpanKind.FREQUENCY), "window", List.of(SpanKind.DURATION, SpanKind.TIME),
        "day", List.of(SpanKind.TIME), "place", List.of(SpanKind.PLACE), "title", List.of(SpanKind.NAMED_ITEM));

    private final Assessor assessor;

    public Ladder(Assessor assessor) {
        this.assessor = assessor;
    }

    /**
     * @param text     the line
     * @param original its assessment
     * @param broaderOf the generalizations of a stat in the lattice (the database's; none without one)
     * @param channel  where it would run
     * @return at most a few suggestions, best first; none for a line not read as English (the
     *         rewrites are English phrasing), nor for an unassessed line
     */
    public List<Suggestion> suggest(String text, Assessment original, Function<Stat, List<Stat>> broaderOf,
                                    String channel) {
        // The rewrites are English phrasing ("more than 3,400", "dozens of"): offered for another
        // language they would put English words into the line, a suggestion no one could run.
        if (!original.language().code().equals("en")) {
            return List.of();
        }
        Optional<BoundCohort> cohort = original.cohort();
        Optional<Stat> bound = cohort.flatMap(BoundCohort::stat);
        List<Suggestion> found = bound.isPresent() && cohort.get().span().isPresent()
            ? fromStats(text, original, cohort.get(), broaderOf.apply(bound.get()), channel)
            : fromText(text, original, channel);
        List<Suggestion> ranked = new ArrayList<>();
        for (Suggestion suggestion : found) {
            // Safer means a lower band, not a point or two off the same one.
            if (suggestion.assessment().score() < original.score()
                && suggestion.assessment().band().ordinal() < original.band().ordinal() && ranked.stream()
                .noneMatch(other -> other.text().equals(suggestion.text())) && ranked.size() < MAX_SUGGESTIONS) {
                ranked.add(new Suggestion(ranked.size() + 1, suggestion.text(), suggestion.assessment(),
                    suggestion.stat(), suggestion.dropped()));
            }
        }
        return ranked;
    }

    // Fewest dimensions dropped first, then the smallest cohort that clears the floor.
    private List<Suggestion> fromStats(String text, Assessment original, BoundCohort cohort, List<Stat> broader,
                                       String channel) {
        Stat stat = cohort.stat().orElseThrow();
        List<Stat> clearing = broader.stream().filter(b -> b.cohortSize() >= original.minCohort())
            .sorted(Comparator.comparingInt((Stat b) -> stat.dimensions().size() - b.dimensions().size())
                .thenComparingLong(Stat::cohortSize))
            .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Stat wider : clearing) {
            boolean placeDropped = stat.dimensions().containsKey("place") && !wider.dimensions().containsKey("place");
            Rewriter rewriter = new Rewriter(text).count(cohort.span().get(), Rewriter.publishable(wider.cohortSize()),
                !placeDropped);
            List<String> dropped = new ArrayList<>();
            stat.dimensions().forEach((name, value) -> {
                if (!wider.dimensions().containsKey(name)) {
                    dropped.add(name);
                    rewriter.remove(value, name.equals("place"));
                    removeSpansOf(rewriter, original, name, value);
                }
            });
            frame(rewriter, original);
            String rewritten = rewriter.apply();
            suggestions.add(new Suggestion(0, rewritten, assessor.assess(rewritten, List.of(wider), CohortLookup.NONE,
                channel), Optional.of(wider), dropped));
        }
        return suggestions;
    }

    // A dimension's value is often worded differently in the copy ("on Christmas Eve" for the
    // value "Christmas Eve"): spans of the dimension's kind that share its words go too.
    private static void removeSpansOf(Rewriter rewriter, Assessment original, String dimension, String value) {
        List<SpanKind> kinds = DIMENSION_SPANS.getOrDefault(dimension, List.of());
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        for (Span span : original.spans()) {
            String spanText = span.text().toLowerCase(java.util.Locale.ROOT);
            if (kinds.contains(span.kind()) && (lower.contains(spanText) || spanText.contains(lower))) {
                rewriter.remove(span, span.kind() == SpanKind.PLACE);
            }
        }
    }

    private List<Suggestion> fromText(String text, Assessment original, String channel) {
        List<Suggestion> suggestions = new ArrayList<>();
        Optional<Span> count = original.cohort().flatMap(BoundCohort::span);
        Rewriter rounded = new Rewriter(text);
        List<String> dropped = new ArrayList<>();
        count.ifPresent(span -> {
            rounded.count(span, Rewriter.bucket(original.cohort().get().size()));
            dropped.add("exact count");
        });
        suggestions.add(textRung(rounded, dropped, channel));
        for (Span span : original.spans()) {
            if (span.kind() == SpanKind.TIME || span.kind() == SpanKind.PLACE) {
                rounded.remove(span, span.kind() == SpanKind.PLACE);
                dropped.add(span.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + span.text() + "\"");
            }
        }
        suggestions.add(textRung(rounded, dropped, channel));
        frame(rounded, original);
        dropped.add("direct address");
        suggestions.add(textRung(rounded, dropped, channel));
        return suggestions;
    }

    private Suggestion textRung(Rewriter rewriter, List<String> dropped, String channel) {
        String rewritten = rewriter.apply();
        return new Suggestion(0, rewritten, assessor.assess(rewritten, List.of(), CohortLookup.NONE, channel),
            Optional.empty(), List.copyOf(dropped));
    }

    // Where the line addresses its cohort or mocks it, it becomes a statement about a trend.
    private static void frame(Rewriter rewriter, Assessment original) {
        boolean addressed = original.spans().stream().anyMatch(span -> span.kind() == SpanKind.ADDRESS
            && span.category().equals("direct address"));
        boolean tone = original.spans().stream().anyMatch(span -> span.kind() == SpanKind.TONE);
        if (addressed || tone) {
            rewriter.trendFraming(original.spans().stream().filter(span -> span.kind() == SpanKind.ADDRESS).toList(),
                original.spans().stream().filter(span -> span.kind() == SpanKind.TONE).toList());
        }
    }
}
