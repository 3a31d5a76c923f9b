package dev.tact.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The interval arithmetic of {@link DisclosureCheck}: one parent against one cohort inside it, or
 * against sets of its children along one dimension.
 */
final class Differencing {
    // Values that state a complement: "not Leeds", "outside Leeds". Such a cohort is inside its parent,
    // but is no child of a partition by that dimension (its value overlaps the others').
    private static final List<String> NEGATIONS = List.of("not ", "outside ", "except ", "excluding ",
        "other than ", "non-");
    // Subsets tried per parent and dimension before the search stops.
    private static final int MAX_NODES = 200_000;

    private Differencing() {
    }

    /** The pair's finding when parent − child can be between 1 and floor − 1 people. */
    static Optional<DisclosureFinding> pair(ReleasedFigure parent, ReleasedFigure child) {
        long floor = Math.max(parent.floor(), child.floor());
        Interval difference = parent.revealed().minus(child.revealed()).atLeastOf(0);
        return small(difference, floor).map(revealed -> new DisclosureFinding(DisclosureFinding.Kind.NESTED_PAIR,
            parent, List.of(child), difference, revealed, floor, parent.stat().description() + ", "
                + pairClause(parent.stat().dimensions(), child.stat().dimensions())));
    }

    /**
     * The residual findings of a parent: for each dimension, each set of two or more of its released
     * children (distinct values, at least one line under review among them and the parent) whose
     * residual can be between 1 and floor − 1 people, up to {@code max} per dimension.
     *
     * @param inside the figures nested in the parent ({@link FigureIndex#inside})
     */
    static List<DisclosureFinding> residuals(ReleasedFigure parent, List<ReleasedFigure> inside, int max) {
        List<DisclosureFinding> found = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, List<ReleasedFigure>>> dimension : children(parent, inside).entrySet()) {
            TreeMap<String, List<ReleasedFigure>> byValue = dimension.getValue();
            boolean reviewed = parent.underReview()
                || byValue.values().stream().flatMap(List::stream).anyMatch(ReleasedFigure::underReview);
            if (byValue.size() >= 2 && reviewed) {
                List<List<Equivalent>> values = new ArrayList<>();
                byValue.values().forEach(figures -> values.add(Equivalent.of(figures)));
                new Search(parent, dimension.getKey(), values, max, found).run();
            }
        }
        return found;
    }

    /** The part of a difference in [1, floor − 1], if any. */
    static Optional<Interval> small(Interval difference, long floor) {
        return floor <= 1 ? Optional.empty() : difference.intersect(new Interval(1, floor - 1));
    }

    static boolean negated(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return NEGATIONS.stream().anyMatch(lower::startsWith);
    }

    private static String positive(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return NEGATIONS.stream().filter(lower::startsWith).findFirst()
            .map(negation -> value.substring(negation.length()).strip()).orElse(value);
    }

    // Children along one dimension: the parent's dimensions plus exactly one more, not a complement.
    private static Map<String, TreeMap<String, List<ReleasedFigure>>> children(ReleasedFigure parent,
                                                                               List<ReleasedFigure> inside) {
        Map<String, String> own = parent.stat().dimensions();
        Map<String, TreeMap<String, List<ReleasedFigure>>> children = new TreeMap<>();
        for (ReleasedFigure child : inside) {
            if (child.stat().dimensions().size() != own.size() + 1) {
                continue;
            }
            for (Map.Entry<String, String> entry : child.stat().dimensions().entrySet()) {
                if (!own.containsKey(entry.getKey()) && !negated(entry.getValue())) {
                    children.computeIfAbsent(entry.getKey(), key -> new TreeMap<>())
                        .computeIfAbsent(entry.getValue(), value -> new ArrayList<>()).add(child);
                }
            }
        }
        return children;
    }

    private static String pairClause(Map<String, String> outer, Map<String, String> inner) {
        List<Map.Entry<String, String>> extra = inner.entrySet().stream()
            .filter(entry -> !outer.containsKey(entry.getKey())).toList();
        if (extra.size() == 1) {
            Map.Entry<String, String> only = extra.get(0);
            return negated(only.getValue()) ? "where " + only.getKey() + " is " + positive(only.getValue())
                : "where " + only.getKey() + " is not " + only.getValue();
        }
        return "where not (" + String.join(" and ", extra.stream()
            .map(entry -> entry.getKey() + " is " + entry.getValue()).toList()) + ")";
    }

    /**
     * Figures of one child that a reader cannot tell apart: the same stat said with the same interval
     * (a deck quoting one stat in many lines). The search branches once per such set, so a residual is
     * searched once however many lines repeat a figure, not once per combination of them; the set's
     * first line under review (else its first line) stands for it, and every other line in it gets the
     * same finding with itself in that place, so each line still learns of it.
     *
     * @param figures the figures, in the order they were given; the first is the one named
     */
    record Equivalent(List<ReleasedFigure> figures) {
        ReleasedFigure named() {
            return figures.get(0);
        }

        /** One child value's figures grouped by stat and interval, each group's line under review first. */
        static List<Equivalent> of(List<ReleasedFigure> figures) {
            Map<String, List<ReleasedFigure>> groups = new java.util.LinkedHashMap<>();
            for (ReleasedFigure figure : figures) {
                groups.computeIfAbsent(figure.stat().id() + "\u0000" + figure.revealed(), key -> new ArrayList<>())
                    .add(figure);
            }
            List<Equivalent> sets = new ArrayList<>();
            for (List<ReleasedFigure> group : groups.values()) {
                List<ReleasedFigure> ordered = new ArrayList<>(group.stream().filter(ReleasedFigure::underReview).toList());
                group.stream().filter(figure -> !figure.underReview()).forEach(ordered::add);
                sets.add(new Equivalent(ordered));
            }
            return sets;
        }
    }

    /** A depth-first search over one child set (or none) per value, pruned on the interval bounds. */
    private static final class Search {
        private final ReleasedFigure parent;
        private final String dimension;
        private final List<List<Equivalent>> values;
        private final int max;
        private final List<DisclosureFinding> found;
        private final long[] reachableHi;
        private final long widestFloor;
        private final List<Equivalent> chosen = new ArrayList<>();
        private int recorded;
        private int nodes;

        Search(ReleasedFigure parent, String dimension, List<List<Equivalent>> values, int max,
               List<DisclosureFinding> found) {
            this.parent = parent;
            this.dimension = dimension;
            this.values = values;
            this.max = max;
            this.found = found;
            this.reachableHi = new long[values.size() + 1];
            long floor = parent.floor();
            for (int i = values.size() - 1; i >= 0; i--) {
                long widest = values.get(i).stream().mapToLong(set -> set.named().revealed().hi()).max().orElse(0);
                reachableHi[i] = Interval.exact(reachableHi[i + 1]).plus(Interval.exact(widest)).lo();
                floor = Math.max(floor, values.get(i).stream().flatMap(set -> set.figures().stream())
                    .mapToLong(ReleasedFigure::floor).max().orElse(1));
            }
            this.widestFloor = floor;
        }

        void run() {
            visit(0, Interval.exact(0));
        }

        // The residual parent − sum only shrinks as children are added, so a branch is cut when its
        // lower bound can no longer reach the floor, or its upper bound has already fallen below 1.
        private void visit(int at, Interval sum) {
            if (recorded >= max || ++nodes > MAX_NODES) {
                return;
            }
            Interval best = parent.revealed().minus(new Interval(sum.lo(), add(sum.hi(), reachableHi[at])));
            if (best.lo() > widestFloor - 1 || parent.revealed().minus(sum).hi() < 1) {
                return;
            }
            if (at == values.size()) {
                record(sum);
                return;
            }
            visit(at + 1, sum);
            for (Equivalent child : values.get(at)) {
                chosen.add(child);
                visit(at + 1, sum.plus(child.named().revealed()));
                chosen.remove(chosen.size() - 1);
            }
        }

        private void record(Interval sum) {
            List<ReleasedFigure> named = chosen.stream().map(Equivalent::named).toList();
            if (chosen.size() < 2 || !parent.underReview() && named.stream().noneMatch(ReleasedFigure::underReview)) {
                return;
            }
            long floor = Math.max(parent.floor(), chosen.stream().flatMap(set -> set.figures().stream())
                .mapToLong(ReleasedFigure::floor).max().orElse(1));
            Interval residual = parent.revealed().minus(sum).atLeastOf(0);
            Optional<Interval> revealed = small(residual, floor);
            if (revealed.isEmpty()) {
                return;
            }
            recorded++;
            String cohort = parent.stat().description() + ", where " + dimension + " is none of " + String.join(", ",
                named.stream().map(child -> child.stat().dimensions().get(dimension)).toList());
            found.add(new DisclosureFinding(DisclosureFinding.Kind.RESIDUAL, parent, named, residual,
                revealed.get(), floor, cohort));
            // Each other line that says one of these figures in the same words: one finding each, not
            // one per combination of them.
            for (int i = 0; i < chosen.size(); i++) {
                for (ReleasedFigure same : chosen.get(i).figures().subList(1, chosen.get(i).figures().size())) {
                    List<ReleasedFigure> substituted = new ArrayList<>(named);
                    substituted.set(i, same);
                    if (!parent.underReview() && substituted.stream().noneMatch(ReleasedFigure::underReview)) {
                        continue;
                    }
                    found.add(new DisclosureFinding(DisclosureFinding.Kind.RESIDUAL, parent, substituted,
                        residual, revealed.get(), floor, cohort));
                }
            }
        }

        private static long add(long a, long b) {
            return Interval.exact(a).plus(Interval.exact(b)).lo();
        }
    }
}
