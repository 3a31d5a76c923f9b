package dev.tact.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well scores order labelled lines (higher label = creepier): the AUC of the top label
 * against the bottom one, the concordance over all pairs with different labels, and the lines
 * ranked furthest from their label.
 */
public final class Evaluation {

    /** A labelled line and the score it got. */
    public record Scored(String id, String text, int label, int score) {
    }

    /**
     * @param auc         probability that a top-label line outscores a bottom-label line, in [0, 1]
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

    // Over pairs (a, b) with a's label above b's, both passing their filters: 1 when a
    // outscores b, 1/2 on a tie.
    private static double agreement(List<Scored> scored, java.util.function.Predicate<Scored> higher,
                                    java.util.function.Predicate<Scored> lower) {
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
