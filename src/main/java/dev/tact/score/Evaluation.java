package dev.tact.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How well scores order labelled lines (higher label = creepier): the AUC of the top label
 * against the bottom one, the concordance over all pairs with different labels, and the lines
 * ranked furthest from their label; overall and by group (split, language, family).
 */
public final class Evaluation {

    /**
     * A labelled line and the score it got.
     *
     * @param lang   ISO 639-1 code, empty when unknown
     * @param family brand or campaign, empty when unknown
     * @param split  calibration or held-out, empty when the file has no split
     * @param band   the band it got (so unassessed lines can be counted)
     */
    public record Scored(String id, String text, int label, int score, String lang, String family, String split,
                         String band) {
        public Scored(String id, String text, int label, int score) {
            this(id, text, label, score, "", "", "", "");
        }
    }

    /**
     * @param auc         probability that a top-label line outscores a bottom-label line, in [0, 1]; NaN
     *                    when either label is missing
     * @param concordance share of differently labelled pairs ordered like their labels, ties half, in [0, 1]
     * @param lines       how many lines were evaluated
     * @param worst       top-label lines scored lowest and bottom-label lines scored highest
     */
    public record Result(double auc, double concordance, int lines, List<Scored> worst) {
    }

    private Evaluation() {
    }

    public static Result of(List<Scored> scored, int worstCount) {
        int top = scored.stream().mapToInt(Scored::label).max().orElse(0);
        int bottom = scored.stream().mapToInt(Scored::label).min().orElse(0);
        double auc = agreement(scored, line -> line.label() == top, line -> line.label() == bottom);
        double concordance = agreement(scored, line -> true, line -> true);
        return new Result(auc, concordance, scored.size(), worst(scored, top, bottom, worstCount));
    }

    /**
     * The evaluation of each group of lines, by the key a function gives (a split, a language, a
     * family), keys sorted; the AUC compares labels 3 and 1 of the whole set, so a group lacking one
     * of them has an AUC of NaN.
     */
    public static Map<String, Result> byGroup(List<Scored> scored, Function<Scored, String> key, int worstCount) {
        int top = scored.stream().mapToInt(Scored::label).max().orElse(0);
        int bottom = scored.stream().mapToInt(Scored::label).min().orElse(0);
        Map<String, List<Scored>> groups = new TreeMap<>();
        scored.forEach(line -> groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line));
        Map<String, Result> results = new TreeMap<>();
        groups.forEach((name, lines) -> results.put(name, new Result(
            agreement(lines, line -> line.label() == top, line -> line.label() == bottom),
            agreement(lines, line -> true, line -> true), lines.size(), worst(lines, top, bottom, worstCount))));
        return results;
    }

    // Over pairs (a, b) with a's label above b's, both passing their filters: 1 when a
    // outscores b, 1/2 on a tie.
    private static double agreement(List<Scored> scored, Predicate<Scored> higher, Predicate<Scored> lower) {
        double agreeing = 0;
        long pairs = 0;
        for (Scored a : scored) {
            for (Scored b : scored) {
                if (a.label() > b.label() && higher.test(a) && lower.test(b)) {
                    pairs++;
                    agreeing += a.score() > b.score() ? 1 : a.score() == b.score() ? 0.5 : 0;
                }
            }
        }
        return pairs == 0 ? Double.NaN : agreeing / pairs;
    }

    private static List<Scored> worst(List<Scored> scored, int top, int bottom, int count) {
        List<Scored> worst = new ArrayList<>();
        scored.stream().filter(line -> line.label() == top).sorted(Comparator.comparingInt(Scored::score))
            .limit(count).forEach(worst::add);
        scored.stream().filter(line -> line.label() == bottom)
            .sorted(Comparator.comparingInt(Scored::score).reversed()).limit(count).forEach(worst::add);
        return worst;
    }
}
