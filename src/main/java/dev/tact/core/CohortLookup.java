package dev.tact.core;

import java.util.List;
import java.util.Optional;

/** Finds the stats a line may be about; the database implements it, text-only scoring has none. */
public interface CohortLookup extends AutoCloseable {
    CohortLookup NONE = new CohortLookup() {
        @Override
        public Optional<Stat> byId(String statId) {
            return Optional.empty();
        }

        @Override
        public List<Stat> bySizeAndWords(long cohortSize, List<String> words) {
            return List.of();
        }
    };

    Optional<Stat> byId(String statId);

    /** Releases what the lookup holds (a database connection); nothing by default. */
    @Override
    default void close() {
    }

    /**
     * Stats of exactly this cohort size whose description or dimensions share words with the
     * line, best overlap first.
     */
    List<Stat> bySizeAndWords(long cohortSize, List<String> words);
}
