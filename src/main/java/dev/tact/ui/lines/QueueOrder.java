package dev.tact.ui.lines;

import dev.tact.core.LineStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The queue's own order, before the reviewer sorts by a column. */
final class QueueOrder {
    // Pending lines first, riskiest first, so a reviewer's morning starts where it matters.
    static final Comparator<DeskLine> ORDER = Comparator
        .comparing((DeskLine line) -> line.item().line().status() != LineStatus.PENDING)
        .thenComparing(line -> line.assessment().band(), Comparator.reverseOrder())
        .thenComparing(line -> line.assessment().score(), Comparator.reverseOrder());

    private QueueOrder() {
    }

    static List<DeskLine> sorted(List<DeskLine> lines) {
        return lines.stream().sorted(ORDER).toList();
    }

    /**
     * The shown lines (already in order) with a page merged in: sorting only the page keeps each
     * append linear in the queue's length.
     */
    static List<DeskLine> merged(List<DeskLine> shown, List<DeskLine> page) {
        List<DeskLine> incoming = sorted(page);
        List<DeskLine> all = new ArrayList<>(shown.size() + incoming.size());
        int i = 0;
        int j = 0;
        while (i < shown.size() || j < incoming.size()) {
            boolean fromShown = j >= incoming.size()
                || (i < shown.size() && ORDER.compare(shown.get(i), incoming.get(j)) <= 0);
            all.add(fromShown ? shown.get(i++) : incoming.get(j++));
        }
        return all;
    }

    // The first line after this one, in the table's order, that still needs a decision.
    static DeskLine nextToDecide(List<DeskLine> sorted, String lineId) {
        int at = -1;
        for (int i = 0; i < sorted.size() && at < 0; i++) {
            at = sorted.get(i).item().line().id().equals(lineId) ? i : -1;
        }
        for (int step = 1; step <= sorted.size(); step++) {
            DeskLine candidate = sorted.get(Math.floorMod(at + step, sorted.size()));
            if (candidate.needsDecision() && !candidate.item().line().id().equals(lineId)) {
                return candidate;
            }
        }
        return null;
    }
}
