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
                new Search(parent, dimension.getKey(), new ArrayList<>(byValue.values()), max, found).run();
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

    /** A depth-first search over one child (or none) per value, pruned on the interval bounds. */
    private static final class Search {
        private final ReleasedFigure parent;
        private final String dimension;
        private final List<List<ReleasedFigure>> values;
        private final int max;
        private final List<DisclosureFinding> found;
        private final long[] reachableHi;
        private final long widestFloor;
        private final List<ReleasedFigure> chosen = new ArrayList<>();
        private final int before;
        private int nodes;

        Search(ReleasedFigure parent, String dimension, List<List<ReleasedFigure>> values, int max,
               List<DisclosureFinding> found) {
            this.parent = parent;
            this.dimension = dimension;
            this.values = values;
            this.max = max;
            this.found = found;
            this.before = found.size();
            this.reachableHi = new long[values.size() + 1];
            long floor = parent.floor();
            for (int i = values.size() - 1; i >= 0; i--) {
                long widest = values.get(i).stream().mapToLong(figure -> figure.revealed().hi()).max().orElse(0);
                reachableHi[i] = Interval.exact(reachableHi[i + 1]).plus(Interval.exact(widest)).lo();
                floor = Math.max(floor, values.get(i).stream().mapToLong(ReleasedFigure::floor).max().orElse(1));
            }
            this.widestFloor = floor;
        }

        void run() {
            visit(0, Interval.exact(0));
        }

        // The residual parent − sum only shrinks as children are added, so a branch is cut when its
        // lower bound can no longer reach the floor, or its upper bound has already fallen below 1.
        private void visit(int at, Interval sum) {
            if (found.size() - before >= max || ++nodes > MAX_NODES) {
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
            for (ReleasedFigure child : values.get(at)) {
                chosen.add(child);
                visit(at + 1, sum.plus(child.revealed()));
                chosen.remove(chosen.size() - 1);
            }
        }

        private void record(Interval sum) {
            if (chosen.size() < 2 || !parent.underReview() && chosen.stream().noneMatch(ReleasedFigure::underReview)) {
                return;
            }
            long floor = Math.max(parent.floor(), chosen.stream().mapToLong(ReleasedFigure::floor).max().orElse(1));
            Interval residual = parent.revealed().minus(sum).atLeastOf(0);
            small(residual, floor).ifPresent(revealed -> found.add(new DisclosureFinding(
                DisclosureFinding.Kind.RESIDUAL, parent, chosen, residual, revealed, floor,
                parent.stat().description() + ", where " + dimension + " is none of " + String.join(", ",
                    chosen.stream().map(child -> child.stat().dimensions().get(dimension)).toList()))));
        }

        private static long add(long a, long b) {
            return Interval.exact(a).plus(Interval.exact(b)).lo();
        }
    }
}
