package dev.tact.store.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of the cohort sizes a batch run asked about most recently, bounded by the number of
 * candidates held (not of sizes: a size can have one stat or two hundred), least recently used out
 * first. Safe from several threads; a size asked for by two threads at once may be read twice, and
 * both reads are equal.
 */
final class SizeCache {
    private final long maxCandidates;
    private final LinkedHashMap<Long, List<StatCandidate>> sizes = new LinkedHashMap<>(1024, 0.75f, true);
    private long held;

    /** @param maxCandidates candidates held at most; 0 holds none (every call reads afresh) */
    SizeCache(long maxCandidates) {
        if (maxCandidates < 0) {
            throw new IllegalArgumentException("maxCandidates must be >= 0: " + maxCandidates);
        }
        this.maxCandidates = maxCandidates;
    }

    /** Candidates for about an eighth of the heap at {@value #BYTES_PER_CANDIDATE} bytes each, within [4,096, 2^19]. */
    static SizeCache forHeap(long maxHeapBytes) {
        return new SizeCache(Math.max(4_096, Math.min(1 << 19, maxHeapBytes / 8 / BYTES_PER_CANDIDATE)));
    }

    // What a StatCandidate of the benchmark's shape takes, its map entry's share included.
    private static final int BYTES_PER_CANDIDATE = 450;

    /** The candidates of this size, or null when they are not held. */
    synchronized List<StatCandidate> get(long cohortSize) {
        return sizes.get(cohortSize);
    }

    synchronized void put(long cohortSize, List<StatCandidate> candidates) {
        if (maxCandidates == 0 || candidates.size() > maxCandidates) {
            return;
        }
        List<StatCandidate> before = sizes.put(cohortSize, candidates);
        held += candidates.size() - (before == null ? 0 : before.size());
        var eldest = sizes.entrySet().iterator();
        while (held > maxCandidates) {
            Map.Entry<Long, List<StatCandidate>> out = eldest.next();
            held -= out.getValue().size();
            eldest.remove();
        }
    }
}
