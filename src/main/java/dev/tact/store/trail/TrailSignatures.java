package dev.tact.store.trail;

import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.ReviewerEntry;
import dev.tact.core.Role;
import dev.tact.core.Signatures;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signature checks of {@code tact verify}: the reviewer registry from its self-signed first
 * admin on, each decision's Ed25519 signature by a key enrolled (and not revoked) when it was made
 * under the name it was enrolled as, and each checkpoint's signature. The first failure is a
 * sentence naming the entry, decision or key.
 */
final class TrailSignatures {
    private final List<ReviewerEntry> entries;
    private final Map<String, ReviewerEntry> enrolments = new HashMap<>();
    private final Map<String, String> revokedAt = new HashMap<>();

    TrailSignatures(List<ReviewerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Checks the registry in order; remembers who was enrolled when, for the decisions. */
    Optional<String> checkRegistry() {
        for (int i = 0; i < entries.size(); i++) {
            ReviewerEntry entry = entries.get(i);
            Optional<String> problem = checkEntry(entry, ReviewerRegistry.replay(entries.subList(0, i)));
            if (problem.isPresent()) {
                return problem;
            }
            if (entry.kind().equals(ReviewerEntry.ENROL)) {
                enrolments.put(entry.fingerprint(), entry);
            } else {
                revokedAt.put(entry.fingerprint(), entry.at());
            }
        }
        return Optional.empty();
    }

    // An entry is signed by an admin active just before it; the first by its own, admin, key.
    private static Optional<String> checkEntry(ReviewerEntry entry, Map<String, ReviewerRegistry.Reviewer> before) {
        String where = "reviewer entry " + entry.id() + " (" + entry.kind() + " " + entry.name() + ")";
        PublicKey key;
        try {
            key = Signatures.decodePublicKey(entry.publicKey());
        } catch (IllegalArgumentException e) {
            return Optional.of(where + ": its public key is not an Ed25519 key");
        }
        if (!Signatures.fingerprint(key).equals(entry.fingerprint())) {
            return Optional.of(where + ": its fingerprint is not its key's; the key was swapped");
        }
        boolean first = before.isEmpty();
        if (first && (!entry.by().equals(entry.fingerprint()) || !entry.roles().contains(Role.ADMIN)
            || !entry.kind().equals(ReviewerEntry.ENROL))) {
            return Optional.of(where + ": the first entry must be an admin enrolling their own key");
        }
        Optional<PublicKey> signer = first ? Optional.of(key) : activeAdmin(before, entry.by());
        if (signer.isEmpty()) {
            return Optional.of(where + ": signed by " + Signatures.shortFingerprint(entry.by())
                + ", which was not an enrolled admin then");
        }
        if (!Signatures.verifies(signer.get(), entry.canonical(), entry.signature())) {
            return Optional.of(where + ": its signature does not verify; the entry was changed or its key swapped");
        }
        return Optional.empty();
    }

    private static Optional<PublicKey> activeAdmin(Map<String, ReviewerRegistry.Reviewer> state, String fingerprint) {
        ReviewerRegistry.Reviewer admin = state.get(fingerprint);
        return admin != null && admin.has(Role.ADMIN) ? Optional.of(Signatures.decodePublicKey(admin.publicKey()))
            : Optional.empty();
    }

    /** Whether the database had reviewer keys when a decision was made: then it must be signed. */
    boolean keysExistedAt(String instant) {
        return !entries.isEmpty() && entries.get(0).at().compareTo(instant) <= 0;
    }

    /**
     * @param where the decision, as the problem names it
     * @param signedBefore whether an earlier decision in the chain was signed: unsigned ones may only
     *                     come first, from before the database had keys
     */
    Optional<String> checkDecision(Decision decision, String where, boolean signedBefore) {
        if (decision.signer().isEmpty()) {
            return signedBefore || keysExistedAt(decision.decidedAt())
                ? Optional.of(where + ": it is not signed, though the database had reviewer keys; it was forged"
                    + " or written outside Tact")
                : Optional.empty();
        }
        ReviewerEntry enrolment = enrolments.get(decision.signer());
        if (enrolment == null) {
            return Optional.of(where + ": signed by " + Signatures.shortFingerprint(decision.signer())
                + ", a key this database never enrolled");
        }
        if (enrolment.at().compareTo(decision.decidedAt()) > 0 || revokedAt.containsKey(decision.signer())
            && revokedAt.get(decision.signer()).compareTo(decision.decidedAt()) <= 0) {
            return Optional.of(where + ": signed by " + enrolment.name() + "'s key outside the time it was enrolled");
        }
        if (!enrolment.name().equals(decision.reviewer())) {
            return Optional.of(where + ": it names " + decision.reviewer() + " but was signed by " + enrolment.name());
        }
        if (!decision.role().isEmpty() && !enrolment.roles().contains(Role.fromCode(decision.role()))) {
            return Optional.of(where + ": it approves as " + decision.role() + ", a role " + enrolment.name()
                + " was not enrolled with");
        }
        if (!Signatures.verifies(Signatures.decodePublicKey(enrolment.publicKey()), decision.hash(),
            decision.signature())) {
            return Optional.of(where + ": its signature by " + enrolment.name() + " does not verify; the decision was"
                + " changed or forged");
        }
        return Optional.empty();
    }

    /**
     * A signature an admin made (a policy version): by a key enrolled with the admin role, not
     * revoked, at the time stated; an unsigned item only from before the database had keys.
     */
    Optional<String> checkAdmin(String fingerprint, String at, String text, String signature, String where) {
        if (fingerprint.isEmpty()) {
            return keysExistedAt(at) ? Optional.of(where + " is not signed by an admin, though the database had"
                + " reviewer keys; it was stored outside Tact") : Optional.empty();
        }
        ReviewerEntry enrolment = enrolments.get(fingerprint);
        if (enrolment == null || !enrolment.roles().contains(Role.ADMIN) || enrolment.at().compareTo(at) > 0
            || revokedAt.containsKey(fingerprint) && revokedAt.get(fingerprint).compareTo(at) <= 0) {
            return Optional.of(where + " is signed by " + Signatures.shortFingerprint(fingerprint)
                + ", which was not an enrolled admin then");
        }
        if (!Signatures.verifies(Signatures.decodePublicKey(enrolment.publicKey()), text, signature)) {
            return Optional.of(where + ": its signature by " + enrolment.name() + " does not verify; the policy was"
                + " changed after it was stored");
        }
        return Optional.empty();
    }

    /** A checkpoint's signature, by a key the registry enrolled. */
    Optional<String> checkCheckpoint(Checkpoint checkpoint, String where) {
        ReviewerEntry enrolment = enrolments.get(checkpoint.signer());
        if (enrolment == null || !Signatures.verifies(Signatures.decodePublicKey(enrolment.publicKey()),
            checkpoint.body(), checkpoint.signature())) {
            return Optional.of(where + " (" + checkpoint.decisions() + " decisions, signed "
                + checkpoint.signedAt() + ") does not carry a valid signature of an enrolled reviewer");
        }
        return Optional.empty();
    }
}
