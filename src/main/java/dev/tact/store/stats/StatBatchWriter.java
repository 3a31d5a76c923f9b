package dev.tact.store.stats;
import dev.tact.store.files.ImportLog;
import dev.tact.store.files.ImportProblems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts checked stat rows, many per statement. A row the database refuses because its id
 * exists is reported as a duplicate: within this file, or already in the database unless
 * replacing.
 */
final class StatBatchWriter implements AutoCloseable {
    // One statement carries this many rows. Each row costs a JNI call per bound value, and each
    // statement a round trip through the driver; on a 1M-row import 200 rows a statement took
    // ≈ 8 % less CPU than 50 (ADR 0011, third pass). 200 x 9 values stays far below the bound
    // variables SQLite (32,766) and PostgreSQL (32,767) allow.
    static final int ROWS_PER_STATEMENT = 200;
    private static final int COLUMNS = 9;
    private static final String INSERT = "INSERT INTO stat (id, description, cohort_size, base_size, period,"
        + " source, dims, dim_count, import_id, source_line) VALUES ";
    // Replacing never overwrites a row of this same import: that is a duplicate in the file.
    private static final String REPLACE = " ON CONFLICT (id) DO UPDATE SET description = excluded.description,"
        + " cohort_size = excluded.cohort_size, base_size = excluded.base_size, period = excluded.period,"
        + " source = excluded.source, dims = excluded.dims, dim_count = excluded.dim_count,"
        + " import_id = excluded.import_id, source_line = excluded.source_line"
        + " WHERE stat.import_id <> excluded.import_id";
    private static final String KEEP = " ON CONFLICT (id) DO NOTHING";

    private final Connection connection;
    private final PreparedStatement insertMany;
    private final PreparedStatement insertOne;
    private final PreparedStatement existing;
    private final long importId;
    private final boolean replace;
    private final ImportProblems problems;
    private final List<StatRowParser.StatRow> pending = new ArrayList<>(ROWS_PER_STATEMENT);

    StatBatchWriter(Connection connection, long importId, boolean replace, ImportProblems problems)
        throws SQLException {
        String conflict = replace ? REPLACE : KEEP;
        this.connection = connection;
        this.insertMany = connection.prepareStatement(INSERT + rows(ROWS_PER_STATEMENT, importId) + conflict);
        this.insertOne = connection.prepareStatement(INSERT + rows(1, importId) + conflict);
        this.existing = connection.prepareStatement("SELECT import_id, source_line FROM stat WHERE id = ?");
        this.importId = importId;
        this.replace = replace;
        this.problems = problems;
    }

    // The import id is the same in every row, so it is written into the statement (a number this
    // import got from import_log, never text from the file) instead of bound a million times.
    private static String rows(int count, long importId) {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, " + importId + ", ?)";
        return String.join(", ", Collections.nCopies(count, row));
    }

    void add(StatRowParser.StatRow row) throws SQLException {
        pending.add(row);
        if (pending.size() == ROWS_PER_STATEMENT) {
            for (int i = 0; i < ROWS_PER_STATEMENT; i++) {
                bind(insertMany, i * COLUMNS, pending.get(i));
            }
            if (insertMany.executeUpdate() < ROWS_PER_STATEMENT) {
                reportRefused(pending);
            }
            pending.clear();
        }
    }

    /** Writes the rows that did not fill a whole statement. */
    void flush() throws SQLException {
        for (StatRowParser.StatRow row : pending) {
            bind(insertOne, 0, row);
            if (insertOne.executeUpdate() == 0) {
                reportRefused(List.of(row));
            }
        }
        pending.clear();
    }

    private void bind(PreparedStatement insert, int offset, StatRowParser.StatRow row) throws SQLException {
        insert.setString(offset + 1, row.id());
        insert.setString(offset + 2, row.description());
        insert.setLong(offset + 3, row.cohortSize());
        if (row.baseSize() == null) {
            insert.setNull(offset + 4, Types.INTEGER);
        } else {
            insert.setLong(offset + 4, row.baseSize());
        }
        insert.setString(offset + 5, row.period());
        insert.setString(offset + 6, row.source());
        insert.setString(offset + 7, row.dims());
        insert.setInt(offset + 8, row.dimCount());
        insert.setLong(offset + 9, row.line());
    }

    // A row was written when the stored row with its id carries this import and its line;
    // any other row of the statement was refused, and the stored row says why.
    private void reportRefused(List<StatRowParser.StatRow> rows) throws SQLException {
        for (StatRowParser.StatRow row : rows) {
            existing.setString(1, row.id());
            try (ResultSet stored = existing.executeQuery()) {
                stored.next();
                long storedImport = stored.getLong(1);
                long storedLine = stored.getLong(2);
                if (storedImport == importId && storedLine != row.line()) {
                    problems.add(row.line(), 1, "id", "duplicate id \"" + row.id() + "\": already on line "
                        + storedLine + " of this file");
                } else if (storedImport != importId && !replace) {
                    problems.add(row.line(), 1, "id", "id \"" + row.id() + "\" is already in the database (from "
                        + ImportLog.origin(connection, storedImport, storedLine) + "): pass --replace to update it");
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        insertMany.close();
        insertOne.close();
        existing.close();
    }
}
