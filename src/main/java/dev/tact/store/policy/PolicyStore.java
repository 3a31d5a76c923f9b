package dev.tact.store.policy;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;
import dev.tact.store.trail.ReviewerRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import dev.tact.core.Policy;
import dev.tact.score.PolicyCodec;

/** Stored policy documents: append-only versions, the newest in force. */
public final class PolicyStore {

    /** A stored policy document and its version. */
    public record Stored(int version, String name, String document, String sha256, String createdAt,
                         String createdBy) {
    }

    private final Database database;
    private final Clock clock;
    private final String user;

    public PolicyStore(Database database, Clock clock, String user) {
        this.database = database;
        this.clock = clock;
        this.user = user;
    }

    private static final String CURRENT = "SELECT version, name, document, sha256, created_at, created_by"
        + " FROM policy_version ORDER BY version DESC LIMIT 1";

    /** The version in force, if any was stored; without one the bundled default applies. */
    public Optional<Stored> current() {
        return query(CURRENT, null);
    }

    /** The version in force, read inside a caller's transaction. */
    static Optional<Stored> current(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(CURRENT); ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.of(stored(row)) : Optional.empty();
        }
    }

    /** The document in force: the newest stored version, else the bundled default as version 0. */
    public Stored inForce() {
        return current().orElseGet(PolicyStore::bundled);
    }

    /** The policy in force, its preset applied and its stored version set (0 for the bundled one). */
    public Policy policyInForce() {
        return parse(inForce());
    }

    /** {@link #policyInForce()} inside a caller's transaction. */
    public static Policy policyInForce(Connection connection) throws SQLException {
        return parse(current(connection).orElseGet(PolicyStore::bundled));
    }

    /** The bundled default as version 0, for a command that has no database to read. */
    public static Stored bundled() {
        String document = PolicyCodec.defaultDocument();
        return new Stored(0, PolicyCodec.read(document, null).name(), document, "", "", "bundled with Tact");
    }

    private static Policy parse(Stored stored) {
        return PolicyCodec.read(stored.document(), null).withVersion(stored.version());
    }

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            row.getString(6));
    }

    public Optional<Stored> version(int version) {
        return query("SELECT version, name, document, sha256, created_at, created_by FROM policy_version"
            + " WHERE version = ?", version);
    }

    /**
     * Stores a document (already checked by the caller) as the next version.
     *
     * @param name the policy's name, for listings
     */
    public Stored add(String name, String document, dev.tact.core.Signer admin) {
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                java.util.Map<String, ReviewerRegistry.Reviewer> reviewers = ReviewerRegistry.replay(
                    ReviewerRegistry.entries(connection));
                ReviewerRegistry.Reviewer signer = reviewers.get(admin.fingerprint());
                if (signer == null || !signer.has(dev.tact.core.Role.ADMIN)) {
                    throw new StoreException("Only an enrolled admin stores a policy version: floors, bands and approval"
                        + " routes decide what an approval means. Your key " + dev.tact.core.Signatures
                        .shortFingerprint(admin.fingerprint()) + (signer == null ? " is not enrolled here"
                        : " is " + signer.name() + "'s, who is not an admin") + ".");
                }
                String sha256 = sha256(document);
                String now = Instant.now(clock).toString();
                int version = nextVersion(connection);
                String signature = admin.sign(signedText(version, name, sha256, now, signer.name()));
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO policy_version (version, name,"
                    + " document, sha256, created_at, created_by, signer, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, name);
                    insert.setString(3, document);
                    insert.setString(4, sha256);
                    insert.setString(5, now);
                    insert.setString(6, signer.name());
                    insert.setString(7, admin.fingerprint());
                    insert.setString(8, signature);
                    insert.executeUpdate();
                }
                return new Stored(version, name, document, sha256, now, signer.name());
            });
        } catch (SQLException e) {
            throw new StoreException("Could not store the policy in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** What an admin signs for a policy version: its number, name, document hash, time and who stored it. */
    public static String signedText(int version, String name, String sha256, String createdAt, String createdBy) {
        return "policy_version=" + version + "\nname=" + name.replace("\n", "\\n") + "\nsha256=" + sha256
            + "\ncreated_at=" + createdAt + "\ncreated_by=" + createdBy + "\n";
    }

    private static int nextVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(version), 0) + 1 FROM policy_version");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    public static String documentHash(String document) {
        return sha256(document);
    }

    private Optional<Stored> query(String sql, Integer version) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (version != null) {
                query.setInt(1, version);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(stored(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the policy from " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
