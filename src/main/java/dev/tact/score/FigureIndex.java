package dev.tact.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The released figures of one source and period, indexed so the check never scans them all: by their
 * exact dimension set (to find a figure's parents) and by each dimension entry (to find its children,
 * the figures whose dimensions include all of its own).
 */
final class FigureIndex {
    private final Map<String, List<ReleasedFigure>> byDimensions = new HashMap<>();
    private final Map<String, List<ReleasedFigure>> byEntry = new HashMap<>();
    private final List<ReleasedFigure> all = new ArrayList<>();

    void add(ReleasedFigure figure) {
        all.add(figure);
        byDimensions.computeIfAbsent(dimensionsKey(figure.stat().dimensions()), key -> new ArrayList<>()).add(figure);
        for (Map.Entry<String, String> entry : figure.stat().dimensions().entrySet()) {
            byEntry.computeIfAbsent(entryKey(entry.getKey(), entry.getValue()), key -> new ArrayList<>()).add(figure);
        }
    }

    /** Figures whose dimensions are exactly these. */
    List<ReleasedFigure> withDimensions(Map<String, String> dimensions) {
        return byDimensions.getOrDefault(dimensionsKey(dimensions), List.of());
    }

    /** Figures whose dimensions include all of these and more: the cohorts nested inside. */
    List<ReleasedFigure> inside(Map<String, String> dimensions) {
        List<ReleasedFigure> candidates = all;
        for (Map.Entry<String, String> entry : dimensions.entrySet()) {
            List<ReleasedFigure> posting = byEntry.getOrDefault(entryKey(entry.getKey(), entry.getValue()), List.of());
            if (posting.size() < candidates.size()) {
                candidates = posting;
            }
        }
        List<ReleasedFigure> inside = new ArrayList<>();
        for (ReleasedFigure candidate : candidates) {
            Map<String, String> theirs = candidate.stat().dimensions();
            if (theirs.size() > dimensions.size() && theirs.entrySet().containsAll(dimensions.entrySet())) {
                inside.add(candidate);
            }
        }
        return inside;
    }

    /** Which figures may be compared: the same source and period (cohorts of other data never nest). */
    static Group groupKey(ReleasedFigure figure) {
        return new Group(figure.stat().source(), figure.stat().period());
    }

    /** A source and period. */
    record Group(String source, String period) {
    }

    // Dimensions are a sorted map (Stat keeps them in a TreeMap), so equal sets give equal keys.
    private static String dimensionsKey(Map<String, String> dimensions) {
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, String> entry : dimensions.entrySet()) {
            key.append(entryKey(entry.getKey(), entry.getValue())).append('\u0001');
        }
        return key.toString();
    }

    private static String entryKey(String name, String value) {
        return name + '\u0002' + value;
    }
}
