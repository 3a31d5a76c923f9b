package dev.tact.score;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds what released figures reveal together (issue 14, src/site/decisions/0010-disclosure-across-lines.md):
 * (a) nested pairs, a cohort and one inside it (same source and period, the inner one's dimensions
 * include all of the outer's with equal values — "place: not Leeds" is an inner cohort too), whose
 * difference can be between 1 and floor − 1 people; (b) residuals, a cohort minus two or more of its
 * children along one dimension (each child the parent plus that one dimension, with distinct values),
 * that can be between 1 and floor − 1 people. Every figure is an interval (what the wording lets a
 * reader infer) and so is every difference.
 *
 * <p>Only findings with at least one line under review are reported: the campaign is checked against
 * what is out, not what is out against itself. A difference of exactly the floor is no finding, as a
 * line's own cohort of exactly {@code minCohort} is not under the floor in {@link Assessor}.
 */
public final class DisclosureCheck {
    // Bounds on the residual search per parent and dimension (subsets of children): past these the
    // check reports what it found so far; lattices of real campaigns stay far below.
    private static final int MAX_RESIDUALS = 32;
    private static final int MAX_DIMENSIONS_ENUMERATED = 12;

    private DisclosureCheck() {
    }

    /**
     * @param underReview the figures of the campaign under review
     * @param released    every other figure out: approved or published lines (a line in both lists counts
     *                    once, as under review)
     * @return the findings, each once, in the order of the lines under review
     */
    public static List<DisclosureFinding> find(List<ReleasedFigure> underReview, List<ReleasedFigure> released) {
        return find(underReview, released, true);
    }

    /** @param pruned false to index every released figure of the groups (for tests of {@link Reach}) */
    static List<DisclosureFinding> find(List<ReleasedFigure> underReview, List<ReleasedFigure> released,
                                        boolean pruned) {
        Map<FigureIndex.Group, FigureIndex> groups = index(underReview, released, pruned);
        Map<String, DisclosureFinding> findings = new LinkedHashMap<>();
        for (ReleasedFigure parent : candidateParents(underReview, groups)) {
            FigureIndex group = groups.get(FigureIndex.groupKey(parent));
            List<ReleasedFigure> inside = group.inside(parent.stat().dimensions());
            for (ReleasedFigure child : inside) {
                if (parent.underReview() || child.underReview()) {
                    Differencing.pair(parent, child).ifPresent(finding -> findings.putIfAbsent(key(finding), finding));
                }
            }
            for (DisclosureFinding finding : Differencing.residuals(parent, inside, MAX_RESIDUALS)) {
                findings.putIfAbsent(key(finding), finding);
            }
        }
        return List.copyOf(findings.values());
    }

    /**
     * The findings of each line, from {@link #find}'s result: a line id to the findings it is in, each
     * list in the order of {@code findings}. One pass over the findings, so a deck of thousands of lines
     * with thousands of findings is not a scan per line.
     */
    public static Map<String, List<DisclosureFinding>> byLine(List<DisclosureFinding> findings) {
        Map<String, List<DisclosureFinding>> byLine = new HashMap<>();
        for (DisclosureFinding finding : findings) {
            for (String lineId : new LinkedHashSet<>(finding.lineIds())) {
                byLine.computeIfAbsent(lineId, key -> new ArrayList<>()).add(finding);
            }
        }
        return byLine;
    }

    /** The findings that involve one line, from {@link #find}'s result. */
    public static List<DisclosureFinding> involving(List<DisclosureFinding> findings, String lineId) {
        return findings.stream().filter(finding -> finding.involves(lineId)).toList();
    }

    /**
     * A line's assessment with its findings: unchanged without any; with one or more, {@code high} (a
     * line in a language the policy does not cover stays unassessed) and each finding first in its
     * reasons, as the single-line floor would make a cohort under {@code minCohort} high.
     */
    public static Assessment withFindings(Assessment assessment, String lineId,
                                                        List<DisclosureFinding> findings) {
        if (findings.isEmpty()) {
            return assessment;
        }
        List<String> reasons = new ArrayList<>();
        findings.forEach(finding -> reasons.add(finding.message(lineId)));
        reasons.addAll(assessment.reasons());
        Band band = assessment.band() == Band.UNASSESSED ? Band.UNASSESSED
            : Band.HIGH;
        return new Assessment(assessment.score(), band, assessment.cohort(), assessment.factors(),
            assessment.spans(), reasons, assessment.channel(), assessment.minCohort(), assessment.language());
    }

    // Only groups a line under review is in are built (figures of other sources cannot nest with it),
    // and in them only the figures that can share a finding with one (see Reach).
    private static Map<FigureIndex.Group, FigureIndex> index(List<ReleasedFigure> underReview,
                                                             List<ReleasedFigure> released, boolean pruned) {
        Map<FigureIndex.Group, FigureIndex> groups = new HashMap<>();
        Map<FigureIndex.Group, Reach> reach = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (ReleasedFigure figure : underReview) {
            if (seen.add(figure.lineId())) {
                groups.computeIfAbsent(FigureIndex.groupKey(figure), key -> new FigureIndex()).add(figure);
                reach.computeIfAbsent(FigureIndex.groupKey(figure), key -> new Reach()).add(figure);
            }
        }
        for (ReleasedFigure figure : released) {
            FigureIndex.Group group = FigureIndex.groupKey(figure);
            Reach within = reach.get(group);
            if (within != null && (!pruned || within.reaches(figure.stat())) && seen.add(figure.lineId())) {
                groups.get(group).add(figure);
            }
        }
        return groups;
    }

    /**
     * Whether a released figure of this stat can be in a finding with one of the figures under review
     * (the same source and period, and see Reach): {@link #find} ignores every other one, so a caller
     * reading 100,000 released lines need not work out the figures of the rest.
     */
    public static java.util.function.Predicate<dev.tact.core.Stat> reach(List<ReleasedFigure> underReview) {
        Map<FigureIndex.Group, Reach> reach = new HashMap<>();
        for (ReleasedFigure figure : underReview) {
            reach.computeIfAbsent(FigureIndex.groupKey(figure), key -> new Reach()).add(figure);
        }
        return stat -> {
            Reach within = reach.get(new FigureIndex.Group(stat.source(), stat.period()));
            return within != null && within.reaches(stat);
        };
    }

    /**
     * Which released figures of a group can be in a finding with a line under review C. A finding
     * pairs C with a cohort inside it or around it, or puts C in a residual as the parent (its
     * children are inside it) or as a child (with its parent, around it, and the parent's other
     * children, which are the parent plus one entry). So a figure S matters exactly when some C has
     * C's dimensions within S's, or S's within C's once at most one entry of S is set aside; any
     * other figure (a grandchild of a released parent, a cell sharing only a day with C) is in no
     * finding {@link #find} reports.
     */
    private static final class Reach {
        private final Map<String, List<Map<String, String>>> byEntry = new HashMap<>();
        private boolean undimensioned;

        void add(ReleasedFigure figure) {
            Map<String, String> dimensions = figure.stat().dimensions();
            undimensioned |= dimensions.isEmpty();
            dimensions.forEach((name, value) ->
                byEntry.computeIfAbsent(name + '\u0002' + value, entry -> new ArrayList<>()).add(dimensions));
        }

        // Both relations need a shared entry once S has two or more (C within S shares all of C's;
        // S within C but one shares the rest), so only lines sharing an entry with S are looked at.
        boolean reaches(dev.tact.core.Stat stat) {
            Map<String, String> dimensions = stat.dimensions();
            if (undimensioned || dimensions.size() <= 1) {
                return true;
            }
            for (Map.Entry<String, String> entry : dimensions.entrySet()) {
                for (Map<String, String> line : byEntry.getOrDefault(entry.getKey() + '\u0002' + entry.getValue(),
                    List.of())) {
                    if (outside(line, dimensions) == 0 || outside(dimensions, line) <= 1) {
                        return true;
                    }
                }
            }
            return false;
        }

        // How many entries of one are not entries of the other.
        private static int outside(Map<String, String> one, Map<String, String> other) {
            int outside = 0;
            for (Map.Entry<String, String> entry : one.entrySet()) {
                if (!entry.getValue().equals(other.get(entry.getKey()))) {
                    outside++;
                }
            }
            return outside;
        }
    }

    // A line under review is a parent itself, or sits inside one: every released figure whose
    // dimensions are a proper subset of its own (looked up by exact dimension set).
    // In a fixed order (the lines under review, each followed by its parents in index order): which
    // partner lines a capped residual search names must not depend on identity hash codes.
    private static List<ReleasedFigure> candidateParents(List<ReleasedFigure> underReview,
                                                         Map<FigureIndex.Group, FigureIndex> groups) {
        Set<ReleasedFigure> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<ReleasedFigure> parents = new ArrayList<>();
        Set<String> lines = new java.util.HashSet<>();
        for (ReleasedFigure figure : underReview) {
            if (!lines.add(figure.lineId())) {
                continue;
            }
            if (seen.add(figure)) {
                parents.add(figure);
            }
            FigureIndex group = groups.get(FigureIndex.groupKey(figure));
            for (Map<String, String> subset : properSubsets(figure.stat().dimensions())) {
                for (ReleasedFigure parent : group.withDimensions(subset)) {
                    if (seen.add(parent)) {
                        parents.add(parent);
                    }
                }
            }
        }
        return parents;
    }

    // All proper subsets for up to 12 dimensions; beyond that (never seen in stats files) only those
    // one entry short, which still finds every parent along one dimension.
    static List<Map<String, String>> properSubsets(Map<String, String> dimensions) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(dimensions.entrySet());
        List<Map<String, String>> subsets = new ArrayList<>();
        int n = entries.size();
        if (n > MAX_DIMENSIONS_ENUMERATED) {
            for (int skip = 0; skip < n; skip++) {
                Map<String, String> subset = new TreeMap<>(dimensions);
                subset.remove(entries.get(skip).getKey());
                subsets.add(subset);
            }
            return subsets;
        }
        for (int mask = 0; mask < (1 << n) - 1; mask++) {
            Map<String, String> subset = new TreeMap<>();
            for (int bit = 0; bit < n; bit++) {
                if ((mask & (1 << bit)) != 0) {
                    subset.put(entries.get(bit).getKey(), entries.get(bit).getValue());
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    private static String key(DisclosureFinding finding) {
        return finding.kind() + "\u0000" + String.join("\u0001", finding.lineIds());
    }
}
