package dev.tact.score;

import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Stats and figures of the example: Boozy Brunch streamed on a Wednesday, by place. */
final class DisclosureFixtures {
    static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());
    private static final long BASE = 140_000_000L;

    private DisclosureFixtures() {
    }

    /** A stat of source {@code music} on the Wednesday lattice; {@code place} empty for the parent. */
    static Stat stat(String id, long size, String place) {
        return stat(id, size, place, "music", "2025");
    }

    static Stat stat(String id, long size, String place, String source, String period) {
        Map<String, String> dims = new TreeMap<>(Map.of("title", "Boozy Brunch", "day", "Wednesday"));
        if (!place.isEmpty()) {
            dims.put("place", place);
        }
        String where = place.isEmpty() ? "" : place.startsWith("not ") ? " outside " + place.substring(4) : " in " + place;
        return new Stat(id, "Streamed Boozy Brunch on a Wednesday" + where, size, OptionalLong.of(BASE), period, source,
            dims);
    }

    /** The figure a line citing {@code stat} releases, assessed on the default channel (floor 100). */
    static ReleasedFigure figure(String lineId, String text, Stat stat, ReleasedFigure.Release release) {
        return ReleasedFigure.of(lineId, text, ASSESSOR.assess(text, List.of(stat), CohortLookup.NONE, ""), release)
            .orElseThrow(() -> new AssertionError("no figure for " + text));
    }

    static ReleasedFigure underReview(String lineId, String text, Stat stat) {
        return figure(lineId, text, stat, ReleasedFigure.Release.UNDER_REVIEW);
    }

    static ReleasedFigure approved(String lineId, String text, Stat stat, String date) {
        return figure(lineId, text, stat, new ReleasedFigure.Release(ReleasedFigure.Release.Kind.APPROVED, date));
    }
}
