package dev.tact.store.db;

import java.sql.SQLException;

/**
 * The one seam between the two stores: what differs between the solo SQLite file and a team's
 * PostgreSQL server. Everything else in the store is the same SQL on both (see
 * src/site/decisions/0008-team-mode-postgresql.md).
 */
public enum Dialect {
    /** One file on the reviewer's own disk; Tact's rules are checked by Tact and by triggers. */
    SQLITE("SQLite", "classpath:db/migration/sqlite", 8),
    /** A team's server: the login is the identity, and the server enforces the rules itself. */
    POSTGRESQL("PostgreSQL", "classpath:db/migration/postgresql", 10);

    // PostgreSQL's SQLSTATE classes and codes (Appendix A of its manual).
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private final String label;
    private final String migrations;
    private final int currentSchema;

    Dialect(String label, String migrations, int currentSchema) {
        this.label = label;
        this.migrations = migrations;
        this.currentSchema = currentSchema;
    }

    /**
     * The schema version this Tact's migrations reach in this dialect; DatabaseTest holds it to the
     * newest migration. The server's history starts at 6, the schema the file reached in six steps
     * (8 announces changes to live desks).
     */
    public int currentSchema() {
        return currentSchema;
    }

    /** "SQLite" or "PostgreSQL", for messages. */
    public String label() {
        return label;
    }

    /** The Flyway location of this dialect's migrations. */
    public String migrations() {
        return migrations;
    }

    /**
     * Whether a failed write lost a race with another writer and may be retried whole: a unique
     * key taken meanwhile (the chain's previous hash, a decision id) or, on PostgreSQL, a
     * serialization failure or deadlock. SQLite serializes writers on its file lock, so there a
     * unique violation is never a race.
     */
    public boolean isLostRace(SQLException failure) {
        if (this == SQLITE) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if (state.equals(UNIQUE_VIOLATION) || state.equals(SERIALIZATION_FAILURE) || state.equals(DEADLOCK)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Takes the row lock a decision holds on its line until it commits, so two desks deciding the
     * same line on a server are serialized and the second reads the first's outcome (READ
     * COMMITTED would otherwise let it check rules against a status read before the first
     * committed). The file needs none: its write lock, taken at BEGIN IMMEDIATE, serializes writers.
     */
    public void lockLine(java.sql.Connection connection, String lineId) throws SQLException {
        if (this == SQLITE) {
            return;
        }
        try (var lock = connection.prepareStatement("SELECT id FROM copy_line WHERE id = ? FOR UPDATE")) {
            lock.setString(1, lineId);
            lock.executeQuery().close();
        }
    }

    /**
     * Whether a large import drops the matching indexes and rebuilds them after the load. Only the
     * SQLite file does: on a server the indexes belong to the schema's owner, not to the writer
     * importing, and other desks keep matching while the import runs.
     */
    public boolean dropsIndexesForBulkLoad() {
        return this == SQLITE;
    }
}
