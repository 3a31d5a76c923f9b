package dev.tact.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts checked stat rows in batches. A row the database refuses because its id exists is
 * reported as a duplicate: within this file, or already in the database unless replacing.
 */
final class StatBatchWriter implements AutoCloseable {
    private static final int BATCH_SIZE = 2_000;
    private static final String INSERT = "INSERT INTO stat (id, description, cohort_size, base_size, period,"
        + " source, dims, dim_count, import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (id) DO ";
    // Replacing never overwrites a row of this same import: that is a duplicate in the file.
    private static final String REPLACE = "UPDATE SET description = excluded.description,"
        + " cohort_size = excluded.cohort_size, base_size = excluded.base_size, period = excluded.period,"
        + " source = excluded.source, dims = excluded.dims, dim_count = excluded.dim_count,"
        + " import_id = excluded.import_id, source_line = excluded.source_line"
        + " WHERE stat.import_id <> excluded.import_id";

    private final Connection connection;
    private final PreparedStatement insert;
    private final long importId;
    private final boolean replace;
    private final ImportProblems problems;
    private final List<StatRowParser.StatRow> pending = new ArrayList<>(BATCH_SIZE);

    StatBatchWriter(Connection connection, long importId, boolean replace, ImportProblems problems)
        throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(INSERT + (replace ? REPLACE : "NOTHING"));
        this.importId = importId;
        this.replace = replace;
        this.problems = problems;
    }

    void add(StatRowParser.StatRow row) throws SQLException {
        insert.setString(1, row.id());
        insert.setString(2, row.description());
        insert.setLong(3, row.cohortSize());
        if (row.baseSize() == null) {
            insert.setNull(4, Types.INTEGER);
        } else {
            insert.setLong(4, row.baseSize());
        }
        insert.setString(5, row.period());
        insert.setString(6, row.source());
        insert.setString(7, row.dims());
        insert.setInt(8, row.dimCount());
        insert.setLong(9, importId);
        insert.setLong(10, row.line());
        insert.addBatch();
        pending.add(row);
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        int[] changes = insert.executeBatch();
        for (int i = 0; i < changes.length; i++) {
            if (changes[i] == 0) {
                reportDuplicate(pending.get(i));
            }
        }
        pending.clear();
    }

    private void reportDuplicate(StatRowParser.StatRow row) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT import_id, source_line FROM stat WHERE id = ?")) {
            query.setString(1, row.id());
            try (ResultSet existing = query.executeQuery()) {
                existing.next();
                long existingImport = existing.getLong(1);
                long existingLine = existing.getLong(2);
                if (existingImport == importId) {
                    problems.add(row.line(), 1, "id", "duplicate id \"" + row.id() + "\": already on line "
                        + existingLine + " of this file");
                } else if (!replace) {
                    problems.add(row.line(), 1, "id", "id \"" + row.id() + "\" is already in the database (from "
                        + ImportLog.origin(connection, existingImport, existingLine)
                        + "): pass --replace to update it");
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
