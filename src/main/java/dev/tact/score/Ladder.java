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
    private static final String UNBACKED_CLAIM = "claim not backed";

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
        return suggest(text, original, broaderOf, channel, DisclosureGuard.NONE);
    }

    /**
     * The ladder for a line checked against what is out (issue 14). A line in a differencing finding
     * is {@code high} while it stands, so any rewrite of a lower band that leaves the line in no
     * finding is offered (naming the lines whose gap it closes), even one scoring a point more than
     * the line alone; a line in no finding is offered only rewrites that open none.
     *
     * @param original the line's own assessment, without its findings
     * @param guard    the line's findings and the re-check of a rewrite ({@link DisclosureGuard#NONE}: none)
     */
    public List<Suggestion> suggest(String text, Assessment original, Function<Stat, List<Stat>> broaderOf,
                                    String channel, DisclosureGuard guard) {
        // The rewrites are English phrasing ("more than 3,400", "dozens of"): offered for another
        // language they would put English words into the line, a suggestion no one could run.
        if (!original.language().code().equals("en")) {
            return List.of();
        }
        Optional<BoundCohort> cohort = original.cohort().map(bound -> withStatedCount(text, bound));
        Optional<Stat> bound = cohort.flatMap(BoundCohort::stat);
        List<Suggestion> found = bound.isPresent() && cohort.get().span().isPresent()
            ? fromStats(text, original, cohort.get(), broaderOf.apply(bound.get()), channel)
            : fromText(text, original, channel);
        // A text rung of a line that cites a stat still speaks of that stat's cohort: a number it
        // keeps ("You and 1,000 others" for a stat of 73,800) must be one the stat backs.
        Optional<Stat> cited = cohort.filter(c -> c.origin() == BoundCohort.Origin.CITED).flatMap(BoundCohort::stat);
        Assessment judged = guard.judged(original);
        boolean disclosed = !guard.findings().isEmpty();
        List<Suggestion> ranked = new ArrayList<>();
        for (Suggestion suggestion : found) {
            // Safer means a lower band, not a point or two off the same one.
            if (backsItsCounts(suggestion, cited, channel)
                && (disclosed || suggestion.assessment().score() < original.score())
                && suggestion.assessment().band().ordinal() < judged.band().ordinal()
                && !sameWords(suggestion.text(), text) && ranked.stream()
                .noneMatch(other -> other.text().equals(suggestion.text())) && ranked.size() < MAX_SUGGESTIONS
                && guard.findingsIf(suggestion.text(), suggestion.assessment()).isEmpty()) {
                ranked.add(new Suggestion(ranked.size() + 1, suggestion.text(), suggestion.assessment(),
                    suggestion.stat(), suggestion.dropped(), guard.partners()));
            }
        }
        return ranked;
    }

    // "3,441 of them did it outside Leeds": with no people noun the scorer reads no count, yet the
    // line states its cited stat's size (the figure a reader differences, WordedCount), so the ladder
    // restates that number. Only "N of them / us / you" is taken, since it is said of people: N exact,
    // or rounded after a qualifier ("more than 3,400 of them") whose reading holds the stat's size,
    // the qualifier then part of what is restated.
    private static final java.util.regex.Pattern ANAPHORIC_COUNT = java.util.regex.Pattern.compile(
        "(?<![\\w.,])((?:just over|just under|more than|fewer than|less than|over|about|around|nearly|almost|under)"
            + "\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+) of (them|us|you)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static BoundCohort withStatedCount(String text, BoundCohort cohort) {
        if (cohort.span().isPresent() || cohort.stat().isEmpty()) {
            return cohort;
        }
        java.util.regex.Matcher match = ANAPHORIC_COUNT.matcher(text);
        while (match.find()) {
            long stated = Long.parseLong(match.group(2).replace(",", ""));
            boolean qualified = match.group(1) != null;
            if (!qualified && stated == cohort.size() || qualified && WordedCount.revealed(match.group(), cohort)
                .filter(interval -> interval.contains(cohort.size())).isPresent()) {
                return new BoundCohort(cohort.size(), cohort.origin(), cohort.stat(), Optional.of(new Span(match.start(),
                    match.end(), SpanKind.COUNT, 0, match.group(), "stated count of the cited stat")));
            }
        }
        return cohort;
    }

    private boolean backsItsCounts(Suggestion suggestion, Optional<Stat> cited, String channel) {
        if (hasUnbackedClaim(suggestion.assessment())) {
            return false;
        }
        return suggestion.stat().isPresent() || cited.isEmpty() || !hasUnbackedClaim(
            assessor.assess(suggestion.text(), List.of(cited.get()), CohortLookup.NONE, channel));
    }

    private static boolean hasUnbackedClaim(Assessment assessment) {
        return assessment.reasons().stream().anyMatch(reason -> reason.startsWith(UNBACKED_CLAIM));
    }

    // A rewrite that changed nothing but the stat it is scored with is the line itself.
    private static boolean sameWords(String one, String other) {
        return one.replaceAll("\\W+", " ").strip().equalsIgnoreCase(other.replaceAll("\\W+", " ").strip());
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
            rung(text, original, cohort, wider, channel).ifPresent(suggestions::add);
        }
        return suggestions;
    }

    // The line said of a broader stat: its count, with every qualifier the broader stat does not
    // back removed (a dropped dimension's wording, however the copy puts it, and a qualifier no
    // dimension ever backed); a rung that keeps one, or would lose a title, is not offered.
    private Optional<Suggestion> rung(String text, Assessment original, BoundCohort cohort, Stat wider,
                                      String channel) {
        Stat stat = cohort.stat().orElseThrow();
        boolean placeDropped = stat.dimensions().containsKey("place") && !wider.dimensions().containsKey("place");
        Rewriter rewriter = new Rewriter(text).count(cohort.span().get(), Rewriter.publishable(wider.cohortSize()),
            !placeDropped);
        List<String> dropped = new ArrayList<>();
        stat.dimensions().forEach((name, value) -> {
            if (!wider.dimensions().containsKey(name)) {
                dropped.add(name);
                rewriter.remove(value, name.equals("place"));
                StatedDimensions.wordingIn(text, value).ifPresent(wording -> rewriter.remove(wording,
                    name.equals("place")));
                removeSpansOf(rewriter, original, name, value);
            }
        });
        for (Span span : StatedDimensions.unbacked(wider, original.spans())) {
            if (span.kind() == SpanKind.NAMED_ITEM) {
                return Optional.empty();
            }
            rewriter.remove(span, span.kind() == SpanKind.PLACE);
            // A qualifier of a dropped dimension is named by the dimension; one no dimension backed is named itself.
            if (!StatedDimensions.backs(stat, span)) {
                dropped.add(span.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + span.text() + "\"");
            }
        }
        frame(rewriter, original);
        String rewritten = rewriter.apply();
        if (!keepsTheIdea(rewriter, original, text, rewritten)) {
            return Optional.empty();
        }
        Assessment assessment = assessor.assess(rewritten, List.of(wider), CohortLookup.NONE, channel);
        if (!StatedDimensions.unbacked(wider, assessment.spans()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(0, rewritten, assessment, Optional.of(wider), dropped));
    }

    // A dimension's value is often worded differently in the copy ("on Christmas Eve" for the
    // value "Christmas Eve"): spans of the dimension's kind that share its words go too.
    private static void removeSpansOf(Rewriter rewriter, Assessment original, String dimension, String value) {
        List<SpanKind> kinds = StatedDimensions.DIMENSION_SPANS.getOrDefault(dimension, List.of());
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
        // A record's holder ("The longest ride uploaded…") is one by definition: said in the
        // plural it would be false, so only the rest of the line is generalized.
        Optional<Span> count = original.cohort().flatMap(BoundCohort::span)
            .filter(span -> !span.category().equals("one person (shape)"));
        Rewriter rounded = new Rewriter(text);
        List<String> dropped = new ArrayList<>();
        count.ifPresent(span -> {
            // A rank ("the top 100 listeners") is not a crowd: "the top dozens of" says nothing true.
            boolean rank = text.substring(0, span.start()).toLowerCase(java.util.Locale.ROOT).stripTrailing()
                .matches(".*\\b(top|first|last)$");
            rounded.count(span, rank ? "" : Rewriter.bucket(original.cohort().get().size()));
            dropped.add("exact count");
        });
        textRung(suggestions, rounded, text, original, dropped, channel);
        for (Span span : original.spans()) {
            if ((span.kind() == SpanKind.TIME || span.kind() == SpanKind.PLACE) && !attributive(text, span)) {
                rounded.remove(span, span.kind() == SpanKind.PLACE);
                dropped.add(span.kind().name().toLowerCase(java.util.Locale.ROOT) + " \"" + span.text() + "\"");
            }
        }
        textRung(suggestions, rounded, text, original, dropped, channel);
        frame(rounded, original);
        dropped.add("direct address");
        textRung(suggestions, rounded, text, original, dropped, channel);
        return suggestions;
    }

    // "a Christmas card", "our Sunday roast": the time names a kind of thing, not when it happened;
    // removing it would change the thing.
    private static boolean attributive(String text, Span span) {
        String before = " " + text.substring(0, span.start()).toLowerCase(java.util.Locale.ROOT);
        return ATTRIBUTIVE_BEFORE.stream().anyMatch(word -> before.endsWith(" " + word + " "));
    }

    private static final List<String> ATTRIBUTIVE_BEFORE = List.of("a", "an", "our", "your", "their", "my", "his",
        "her", "its");

    private void textRung(List<Suggestion> suggestions, Rewriter rewriter, String text, Assessment original,
                          List<String> dropped, String channel) {
        String rewritten = rewriter.apply();
        if (keepsTheIdea(rewriter, original, text, rewritten)) {
            suggestions.add(new Suggestion(0, rewritten, assessor.assess(rewritten, List.of(), CohortLookup.NONE,
                channel), Optional.empty(), List.copyOf(dropped)));
        }
    }

    // A rewrite that lost every specific of the line (its count and all its qualifiers, leaving
    // only what surrounded an address or a remark) no longer says the line's idea, however low it
    // scores: "Maya, you've skipped Spanish five days in a row. Duo is disappointed." must not
    // become "Duo is disappointed." A fragment of under three words is not a line either.
    private static boolean keepsTheIdea(Rewriter rewriter, Assessment original, String text, String rewritten) {
        if (rewritten.isBlank() || rewritten.split("\\s+").length < 3
            || !Character.isLetterOrDigit(rewritten.codePointAt(0)) && "\"'“‘¡¿".indexOf(rewritten.charAt(0)) < 0) {
            return false;
        }
        // A sentence cut to one word ("Due this summer?" → "Due?") is a fragment, unless the line had it.
        for (String sentence : rewritten.split("(?<=[.!?])\\s+")) {
            if (sentence.split("\\s+").length < 2 && !original.spans().isEmpty()
                && !(" " + text + " ").contains(" " + sentence + " ")) {
                return false;
            }
        }
        // A count the rewrite meant to restate but a removal swallowed took the subject with it.
        if (rewriter.countRequested() && !rewriter.countKept()) {
            return false;
        }
        String lower = rewritten.toLowerCase(java.util.Locale.ROOT);
        // A count kept as its noun alone ("To the people") is no specific: the number, or a qualifier, must remain.
        return rewriter.numberKept() || original.spans().stream()
            .filter(span -> span.kind() != SpanKind.ADDRESS && span.kind() != SpanKind.TONE)
            .anyMatch(span -> lower.contains(span.text().toLowerCase(java.util.Locale.ROOT)));
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
