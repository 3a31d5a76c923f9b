package dev.tact.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One recorded decision, as stored: who decided what about which version of a line, when and
 * why, the assessment they saw, the policy version, hashes of the text and stats it was bound
 * to, and its place in the hash chain.
 *
 * @param id            sequence number, 1 for the first decision
 * @param assessment    the assessment as shown, canonical JSON
 * @param textSha256    SHA-256 of the line version's text (UTF-8), lower-case hex
 * @param statsSha256   SHA-256 of the cited stats' canonical rows, lower-case hex
 * @param channel       the channel the line was decided for: an approval is bound to its floor
 * @param signer        the signing key's {@link Signatures#fingerprint}; empty only for decisions
 *                      recorded before the database had reviewer keys
 * @param role          what an approval means: the role of the approval route it signs (brand, legal);
 *                      empty for a rejection, a request for changes, or a route that names no role
 * @param route         the route the line's channel had when decided, roles comma-separated
 * @param previousHash  the previous decision's hash, {@link #GENESIS} for the first
 * @param hash          SHA-256 over the previous hash and {@link #canonical()}
 * @param signature     Ed25519 by {@code signer} over {@code hash}; empty when unsigned
 */
public record Decision(long id, String lineId, int lineVersion, Verdict verdict, String reviewer, String reason,
                       boolean override, String decidedAt, int score, Band band, String assessment,
                       int policyVersion, String policyName, String textSha256, String statsSha256,
                       String channel, String signer, String role, String route, String previousHash, String hash,
                       String signature) {

    /** The previous hash of the first decision. */
    public static final String GENESIS = "0".repeat(64);

    /** The end of the chain: the newest decision's id (0 when none) and hash. */
    public record Head(long id, String hash) {
    }

    public Decision {
        reason = reason == null ? "" : reason;
        channel = channel == null ? "" : channel;
        signer = signer == null ? "" : signer;
        role = role == null ? "" : role;
        route = route == null ? "" : route;
        signature = signature == null ? "" : signature;
    }

    /**
     * Every field but the hashes, one {@code name=value} per line, values escaped so no field can
     * run into the next. Changing any field changes this text, and so the hash.
     */
    public String canonical() {
        List<String> fields = List.of("id=" + id, "line=" + lineId, "version=" + lineVersion,
            "verdict=" + verdict.code(), "reviewer=" + reviewer, "reason=" + reason, "override=" + override,
            "decided_at=" + decidedAt, "score=" + score, "band=" + band.code(), "assessment=" + assessment,
            "policy_version=" + policyVersion, "policy_name=" + policyName, "text_sha256=" + textSha256,
            "stats_sha256=" + statsSha256);
        // Decisions from before channels and keys were bound hash as they always did.
        if (!channel.isEmpty() || !signer.isEmpty()) {
            fields = new java.util.ArrayList<>(fields);
            fields.add("channel=" + channel);
            fields.add("signer=" + signer);
            fields.add("role=" + role);
            fields.add("route=" + route);
        }
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
        }
        return text.toString();
    }

    /** The hash this decision should carry, given the hash before it. */
    public String expectedHash(String previous) {
        return sha256(previous + "\n" + canonical());
    }

    /** This decision with its chain fields set after {@code previous}. */
    public Decision chainedAfter(String previous) {
        return new Decision(id, lineId, lineVersion, verdict, reviewer, reason, override, decidedAt, score, band,
            assessment, policyVersion, policyName, textSha256, statsSha256, channel, signer, role, route, previous,
            expectedHash(previous), "");
    }

    /** This decision chained after {@code previous} and signed over its hash. */
    public Decision signedAfter(String previous, Signer key) {
        Decision chained = chainedAfter(previous);
        return new Decision(id, lineId, lineVersion, verdict, reviewer, reason, override, decidedAt, score, band,
            assessment, policyVersion, policyName, textSha256, statsSha256, channel, signer, role, route, previous,
            chained.hash(), key.sign(chained.hash()));
    }

    /** SHA-256 of text encoded as UTF-8, lower-case hex. */
    public static String sha256(String text) {
        return sha256Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256Bytes(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
