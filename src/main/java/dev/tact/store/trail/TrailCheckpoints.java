package dev.tact.store.trail;

import dev.tact.core.Checkpoint;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoints against the chain: each must be signed by an enrolled reviewer and name a prefix of
 * the chain (its count of decisions, ending in its head). A truncated or rewritten history fails
 * the first checkpoint that saw the old one.
 */
final class TrailCheckpoints {
    private final TrailSignatures signatures;
    private final List<String> hashes;

    /** @param hashes the chain's hashes in order, decision 1 first */
    TrailCheckpoints(TrailSignatures signatures, List<String> hashes) {
        this.signatures = signatures;
        this.hashes = List.copyOf(hashes);
    }

    Optional<String> check(List<Checkpoint> stored, Optional<Checkpoint> kept) {
        for (int i = 0; i < stored.size(); i++) {
            Optional<String> problem = check(stored.get(i), "checkpoint " + (i + 1) + " in the database");
            if (problem.isPresent()) {
                return problem;
            }
        }
        return kept.flatMap(checkpoint -> check(checkpoint, "the checkpoint you kept"));
    }

    private Optional<String> check(Checkpoint checkpoint, String where) {
        Optional<String> signature = signatures.checkCheckpoint(checkpoint, where);
        if (signature.isPresent()) {
            return signature;
        }
        long n = checkpoint.decisions();
        if (n > hashes.size()) {
            return Optional.of(where + " saw " + n + " decisions, but the chain now has " + hashes.size()
                + ": decision " + (hashes.size() + 1) + " and later were removed");
        }
        if (n > 0 && !hashes.get((int) (n - 1)).equals(checkpoint.head())) {
            return Optional.of(where + " saw decision " + n + " with another hash: the history up to decision " + n
                + " was rewritten after it was signed");
        }
        return Optional.empty();
    }
}
