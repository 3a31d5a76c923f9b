package dev.tact.score;

import dev.tact.core.BoundCohort;
import dev.tact.core.Counts;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the numbers a line states are backed by the stat it cites: "Over 300 members ran before
 * 5am" citing a 212-person stat claims more people than the data has. A stated count is backed when
 * it equals the stat, when "more than / over / at least N" is under it, or when "about / nearly /
 * around N" is within a tenth of it. An unbacked count is a finding for the reviewer. The reader
 * placed among others ("You and 1,000 others streamed…") states a count too, of N others.
 */
final class Claims {
    private static final Set<String> ABOVE = Set.of("more than", "over", "at least", "más de", "plus de", "mehr als",
        "über", "mais de", "acima de", "upwards of");
    private static final Set<String> NEAR = Set.of("about", "nearly", "almost", "around", "roughly", "some", "casi",
        "cerca de", "unos", "unas", "près de", "environ", "presque", "fast", "etwa", "rund", "quase");
    private static final double NEAR_SHARE = 0.1;
    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile(
        "(?i)\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+others\\b");

    private Claims() {
    }

    /** The findings for a cited stat's cohort: each stated count the stat does not back, as a sentence. */
    static List<String> unbacked(String text, Findings findings, Optional<BoundCohort> cohort) {
        if (cohort.isEmpty() || cohort.get().origin() != BoundCohort.Origin.CITED || cohort.get().stat().isEmpty()) {
            return List.of();
        }
        Stat stat = cohort.get().stat().get();
        List<String> found = new java.util.ArrayList<>(findings.counts().stream()
            .filter(count -> count.span().kind() == dev.tact.core.SpanKind.COUNT)
            .filter(count -> !backed(text, count, stat.cohortSize()))
            .map(count -> finding(count.span().text(), stat))
            .toList());
        java.util.regex.Matcher others = OTHERS.matcher(text);
        while (others.find()) {
            int start = others.start();
            boolean counted = findings.counts().stream()
                .anyMatch(count -> count.span().start() <= start && start < count.span().end());
            long people = Long.parseLong(others.group(1).replace(",", ""));
            Findings.Count count = new Findings.Count(people, new dev.tact.core.Span(start, others.end(),
                dev.tact.core.SpanKind.COUNT, 0, others.group(), ""));
            // "You and 1,000 others" are 1,001 people with the reader.
            if (!counted && !backed(text, count, stat.cohortSize()) && people + 1 != stat.cohortSize()) {
                found.add(finding(others.group(), stat));
            }
        }
        return List.copyOf(found);
    }

    private static String finding(String claimed, Stat stat) {
        return "claim not backed: the line says \"" + claimed + "\" but the cited stat " + stat.id() + " counts "
            + Counts.people(stat.cohortSize());
    }

    private static boolean backed(String text, Findings.Count count, long size) {
        if (count.people() == size) {
            return true;
        }
        String before = text.substring(0, count.span().start()).toLowerCase(Locale.ROOT).stripTrailing();
        if (ABOVE.stream().anyMatch(before::endsWith)) {
            return size > count.people();
        }
        if (NEAR.stream().anyMatch(before::endsWith)) {
            return Math.abs(size - count.people()) <= NEAR_SHARE * size;
        }
        return false;
    }
}
