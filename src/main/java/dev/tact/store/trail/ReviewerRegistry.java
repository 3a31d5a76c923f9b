package dev.tact.store.trail;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;

import dev.tact.core.ReviewerEntry;
import dev.tact.core.Role;
import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reviewers a database knows: an append-only list of signed enrolments and revocations.
 * The first enrolment is its own admin's, self-signed (trust on first use); every later entry is
 * signed by an admin enrolled and not revoked before it.
 */
public final class ReviewerRegistry {
    private static final String COLUMNS = "id, kind, name, display_name, roles, public_key, fingerprint, signed_by,"
        + " signed_at, signature";

    /** A reviewer as the registry stands now. */
    public record Reviewer(String name, String displayName, Set<Role> roles, String publicKey, String fingerprint,
                           String enrolledBy, String enrolledAt, boolean revoked) {
        public boolean has(Role role) {
            return !revoked && roles.contains(role);
        }

        public String rolesText() {
            return roles.stream().map(Role::code).sorted().collect(Collectors.joining(","));
        }
    }

    private final Database database;
    private final Clock clock;

    public ReviewerRegistry(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<ReviewerEntry> entries() {
        try (Connection connection = database.connect()) {
            return entries(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not read the reviewers in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    public static List<ReviewerEntry> entries(Connection connection) throws SQLException {
        List<ReviewerEntry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
            + " FROM reviewer_entry ORDER BY id"); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                entries.add(new ReviewerEntry(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                    roles(row.getString(5)), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                    row.getString(10)));
            }
        }
        return entries;
    }

    /** The reviewers by fingerprint, in enrolment order, as the entries leave them. */
    public static Map<String, Reviewer> replay(List<ReviewerEntry> entries) {
        Map<String, Reviewer> reviewers = new LinkedHashMap<>();
        for (ReviewerEntry entry : entries) {
            if (entry.kind().equals(ReviewerEntry.ENROL)) {
                reviewers.put(entry.fingerprint(), new Reviewer(entry.name(), entry.displayName(), entry.roles(),
                    entry.publicKey(), entry.fingerprint(), entry.by(), entry.at(), false));
            } else {
                Reviewer old = reviewers.get(entry.fingerprint());
                if (old != null) {
                    reviewers.put(entry.fingerprint(), new Reviewer(old.name(), old.displayName(), old.roles(),
                        old.publicKey(), old.fingerprint(), old.enrolledBy(), old.enrolledAt(), true));
                }
            }
        }
        return reviewers;
    }

    public List<Reviewer> reviewers() {
        return List.copyOf(replay(entries()).values());
    }

    public Optional<Reviewer> byFingerprint(String fingerprint) {
        return Optional.ofNullable(replay(entries()).get(fingerprint));
    }

    /**
     * Enrols a reviewer, signed by an admin. On an empty registry the admin enrols themself: the
     * key must be the admin's own and the roles must include admin.
     *
     * @throws StoreException when the signer is not an active admin, the name is taken by an active
     *                        reviewer, or the key is already enrolled
     */
    public ReviewerEntry enrol(Signer admin, String name, String displayName, Set<Role> roles, PublicKey key) {
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                Map<String, Reviewer> current = replay(entries(connection));
                String fingerprint = Signatures.fingerprint(key);
                if (current.isEmpty()) {
                    if (!fingerprint.equals(admin.fingerprint()) || !roles.contains(Role.ADMIN)) {
                        throw new StoreException("This database has no reviewers yet: the first one enrols themself"
                            + " with their own key and the admin role (trust on first use).");
                    }
                } else {
                    requireAdmin(current, admin);
                }
                if (current.containsKey(fingerprint) && !current.get(fingerprint).revoked()) {
                    throw new StoreException("That key is already enrolled, as " + current.get(fingerprint).name() + ".");
                }
                if (current.values().stream().anyMatch(r -> r.name().equals(name) && !r.revoked())) {
                    throw new StoreException("There is already a reviewer named " + name + "; revoke them first to"
                        + " give the name a new key.");
                }
                ReviewerEntry entry = new ReviewerEntry(next(connection), ReviewerEntry.ENROL, name, displayName.strip(),
                    roles, Signatures.encode(key), fingerprint, admin.fingerprint(), Instant.now(clock).toString(), "")
                    .signedBy(admin);
                insert(connection, entry);
                return entry;
            });
        } catch (SQLException e) {
            throw new StoreException("Could not enrol " + name + " in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** Revokes a reviewer's key, signed by an admin; their past decisions stay verifiable. */
    public ReviewerEntry revoke(Signer admin, String name) {
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                Map<String, Reviewer> current = replay(entries(connection));
                requireAdmin(current, admin);
                Reviewer target = current.values().stream().filter(r -> r.name().equals(name) && !r.revoked())
                    .findFirst().orElseThrow(() -> new StoreException("There is no active reviewer named " + name
                        + "."));
                ReviewerEntry entry = new ReviewerEntry(next(connection), ReviewerEntry.REVOKE, target.name(),
                    target.displayName(), target.roles(), target.publicKey(), target.fingerprint(),
                    admin.fingerprint(), Instant.now(clock).toString(), "").signedBy(admin);
                insert(connection, entry);
                return entry;
            });
        } catch (SQLException e) {
            throw new StoreException("Could not revoke " + name + " in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private static void requireAdmin(Map<String, Reviewer> current, Signer admin) {
        Reviewer signer = current.get(admin.fingerprint());
        if (signer == null || !signer.has(Role.ADMIN)) {
            throw new StoreException("Only an enrolled admin can change the reviewers; your key "
                + Signatures.shortFingerprint(admin.fingerprint()) + (signer == null ? " is not enrolled here."
                : " is " + signer.name() + "'s, who is not an admin" + (signer.revoked() ? " (revoked)." : ".")));
        }
    }

    private static long next(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM reviewer_entry");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void insert(Connection connection, ReviewerEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO reviewer_entry (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.id());
            insert.setString(2, entry.kind());
            insert.setString(3, entry.name());
            insert.setString(4, entry.displayName());
            insert.setString(5, entry.rolesText());
            insert.setString(6, entry.publicKey());
            insert.setString(7, entry.fingerprint());
            insert.setString(8, entry.by());
            insert.setString(9, entry.at());
            insert.setString(10, entry.signature());
            insert.executeUpdate();
        }
    }

    private static Set<Role> roles(String text) {
        return text.isBlank() ? Set.of() : Arrays.stream(text.split(",")).map(Role::fromCode)
            .collect(Collectors.toSet());
    }
}
