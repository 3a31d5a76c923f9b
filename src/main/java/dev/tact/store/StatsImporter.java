package dev.tact.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Imports an aggregated-stats CSV (see the README for the format) in one transaction: a file
 * with any bad row writes nothing, and every problem is reported with its line and column.
 */
public final class StatsImporter {
    private static final int PROGRESS_EVERY_ROWS = 4_096;

    private final Database database;
    private final ImportLog log;

    public StatsImporter(Database database, Clock clock, String user) {
        this.database = database;
        this.log = new ImportLog(clock, user);
    }

    /**
     * @param replace whether rows whose id is already in the database update it, instead of failing
     * @throws ImportFailedException when the file has problems; the database is then unchanged
     */
    public ImportResult importStats(ImportSource source, boolean replace, ImportProgress progress)
        throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                long before = StoreQueries.count(connection, "stat");
                long importId = log.begin(connection, "stats", source.name());
                FileRead read = load(connection, source, importId, replace, problems, progress);
                problems.throwIfAny();
                log.complete(connection, importId, read.sha256(), read.rows());
                long inserted = StoreQueries.count(connection, "stat") - before;
                return new ImportResult(source.name(), importId, read.rows(), inserted, read.rows() - inserted,
                    read.sha256());
            });
        } catch (SQLException e) {
            throw new StoreException("Could not import " + source.name() + " into " + database.file() + ": "
                + e.getMessage(), e);
        }
    }

    private FileRead load(Connection connection, ImportSource source, long importId, boolean replace,
                      ImportProblems problems, ImportProgress progress) throws SQLException {
        try (DecodedInput input = new DecodedInput(source.opener().open());
             CsvInput csv = new CsvInput(input, problems);
             StatBatchWriter writer = new StatBatchWriter(connection, importId, replace, problems)) {
            Optional<StatsColumns> columns = csv.header().flatMap(header -> StatsColumns.of(header, problems));
            if (columns.isEmpty()) {
                return FileRead.NOTHING;
            }
            StatRowParser parser = new StatRowParser(columns.get(), problems);
            long rows = 0;
            while (csv.next()) {
                rows++;
                Optional<StatRowParser.StatRow> row = parser.parse(csv.record(), csv.line());
                if (row.isPresent()) {
                    writer.add(row.get());
                }
                if (rows % PROGRESS_EVERY_ROWS == 0) {
                    progress.update(input.bytesRead(), source.size(), rows);
                }
            }
            writer.flush();
            progress.update(input.bytesRead(), source.size(), rows);
            return new FileRead(rows, input.sha256Hex());
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
            return FileRead.NOTHING;
        }
    }
}
