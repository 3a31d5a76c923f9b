package dev.tact.store.trail;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;

import dev.tact.core.Checkpoint;
import dev.tact.core.Decision;
import dev.tact.core.Signer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the decision chain: written into the database after each decision, and
 * kept by each reviewer in their own configuration directory ({@code checkpoints/<database id>}),
 * the newest they signed or verified. A history that does not extend a kept checkpoint was
 * rewritten or cut, whoever holds the database file.
 */
public final class Checkpoints {
    private static final String DIRECTORY = "checkpoints";

    private Checkpoints() {
    }

    /** The database's random identity (128 bits, hex). */
    public static String databaseId(Database database) {
        try (Connection connection = database.connect()) {
            return databaseId(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not read the identity of " + database.name() + ": " + e.getMessage(), e);
        }
    }

    static String databaseId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM database_identity LIMIT 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new StoreException("The database has lost its identity row; it was edited outside Tact.");
            }
            return row.getString(1);
        }
    }

    /** Signs the chain as it stands and stores the checkpoint in the database (inside the caller's transaction). */
    static Checkpoint record(Connection connection, Signer signer, Clock clock) throws SQLException {
        Decision.Head head = DecisionRows.head(connection);
        Checkpoint checkpoint = Checkpoint.signed(databaseId(connection), head.id(), head.hash(), signer,
            Instant.now(clock).toString());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkpoint (decisions, head, signer,"
            + " signed_at, signature) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.decisions());
            insert.setString(2, checkpoint.head());
            insert.setString(3, checkpoint.signer());
            insert.setString(4, checkpoint.signedAt());
            insert.setString(5, checkpoint.signature());
            insert.executeUpdate();
        }
        return checkpoint;
    }

    static List<Checkpoint> stored(Connection connection) throws SQLException {
        String id = databaseId(connection);
        List<Checkpoint> checkpoints = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT decisions, head, signer, signed_at, signature"
            + " FROM checkpoint ORDER BY id"); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                checkpoints.add(new Checkpoint(id, row.getLong(1), row.getString(2), row.getString(3),
                    row.getString(4), row.getString(5)));
            }
        }
        return checkpoints;
    }

    /**
     * Keeps a checkpoint in the reviewer's directory unless one kept there already covers more
     * decisions. Written to a temporary file and moved, so a crash leaves the old one whole.
     */
    public static void keep(Path configDirectory, Checkpoint checkpoint) {
        Optional<Checkpoint> kept = kept(configDirectory, checkpoint.databaseId());
        if (kept.isPresent() && kept.get().decisions() > checkpoint.decisions()) {
            return;
        }
        Path file = configDirectory.resolve(DIRECTORY).resolve(checkpoint.databaseId());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), checkpoint.databaseId(), ".tmp");
            Files.writeString(temporary, checkpoint.body() + "— " + checkpoint.signature() + "\n");
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not keep the checkpoint in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The checkpoint this reviewer keeps for a database, if any. */
    public static Optional<Checkpoint> kept(Path configDirectory, String databaseId) {
        Path file = configDirectory.resolve(DIRECTORY).resolve(databaseId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 6 || !lines.get(0).equals("tact/" + databaseId) || !lines.get(5).startsWith("— ")) {
                throw new StoreException("The kept checkpoint " + file + " is damaged.");
            }
            return Optional.of(new Checkpoint(databaseId, Long.parseLong(lines.get(1)), lines.get(2), lines.get(3),
                lines.get(4), lines.get(5).substring(2)));
        } catch (IOException | NumberFormatException e) {
            throw new StoreException("Could not read the kept checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
