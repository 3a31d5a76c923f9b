package dev.tact.core;

/**
 * A signed statement of the trail's size and head, in the manner of a C2SP checkpoint: "this
 * database had {@code decisions} decisions ending in {@code head}". A reviewer's desk keeps the
 * newest one it signed or saw; any later history that does not extend it was rewritten.
 *
 * @param databaseId the database's random identity (a UUID), so checkpoints of two files never mix
 * @param decisions  how many decisions, 0 or more
 * @param head       the newest decision's hash, {@link Decision#GENESIS} when none
 * @param signer     fingerprint of the key that signed
 * @param signedAt   ISO-8601 instant
 * @param signature  Ed25519 over {@link #body()}
 */
public record Checkpoint(String databaseId, long decisions, String head, String signer, String signedAt,
                         String signature) {

    public Checkpoint {
        if (decisions < 0) {
            throw new IllegalArgumentException("a checkpoint counts 0 or more decisions: " + decisions);
        }
    }

    /** The signed text: origin line, size, head, then who and when. */
    public String body() {
        return "tact/" + databaseId + "\n" + decisions + "\n" + head + "\n" + signer + "\n" + signedAt + "\n";
    }

    public static Checkpoint signed(String databaseId, long decisions, String head, Signer signer, String at) {
        Checkpoint unsigned = new Checkpoint(databaseId, decisions, head, signer.fingerprint(), at, "");
        return new Checkpoint(databaseId, decisions, head, unsigned.signer(), at, signer.sign(unsigned.body()));
    }
}
