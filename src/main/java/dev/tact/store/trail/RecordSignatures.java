package dev.tact.store.trail;

import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.ReviewerEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signature checks of {@code tact verify}, for a record carried outside the database (the
 * record a PDF report embeds): the registry from its first admin on, each decision's signature by
 * the key enrolled under its reviewer's name when it was made, and the checkpoint's signature and
 * place in the chain.
 */
public final class RecordSignatures {
    private final TrailSignatures signatures;

    public RecordSignatures(List<ReviewerEntry> registry) {
        this.signatures = new TrailSignatures(registry);
    }

    /** The registry's own signatures; the first failure names the entry. */
    public Optional<String> checkRegistry() {
        return signatures.checkRegistry();
    }

    /** A decision's signature; call {@link #checkRegistry()} first. */
    public Optional<String> checkDecision(Decision decision, String where) {
        return signatures.checkDecision(decision, where, false);
    }

    /**
     * The checkpoint's signature, and that the chain holds the hash it saw at its position.
     *
     * @param chain the chain's hashes by decision id
     */
    public Optional<String> checkCheckpoint(Checkpoint checkpoint, Map<Long, String> chain) {
        Optional<String> signature = signatures.checkCheckpoint(checkpoint, "the record's checkpoint");
        if (signature.isPresent() || checkpoint.decisions() == 0) {
            return signature;
        }
        String held = chain.get(checkpoint.decisions());
        return held != null && held.equals(checkpoint.head()) ? Optional.empty()
            : Optional.of("the record's checkpoint saw decision " + checkpoint.decisions() + " with another hash than"
                + " the record's chain holds: the history was rewritten after it was signed");
    }
}
