package dev.tact.store.stats;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.StoreQueries;
import dev.tact.store.db.Transactions;
import dev.tact.store.files.FileRead;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportLog;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports an aggregated-stats CSV (see the README for the format) in one transaction: a file
 * with any bad row writes nothing, and every problem is reported with its line and column.
 */
public final class StatsImporter {
    private static final int QUEUED_BATCHES = 8;

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
        try (Connection connection = database.connect(); BulkLoad bulk = BulkLoad.begin(connection, database.dialect())) {
            boolean rebuildsIndexes = database.dialect().dropsIndexesForBulkLoad();
            return Transactions.inOne(connection, () -> {
                long before = StoreQueries.count(connection, "stat");
                if (rebuildsIndexes && source.size() >= BulkLoad.LARGE_FILE_BYTES) {
                    StatLookup.dropSizeIndex(connection);
                }
                long importId = log.begin(connection, "stats", source.name());
                FileRead read = load(connection, source, importId, replace, problems, progress);
                problems.throwIfAny();
                log.complete(connection, importId, read.sha256(), read.rows());
                if (rebuildsIndexes) {
                    StatLookup.markStale(connection);
                }
                long inserted = StoreQueries.count(connection, "stat") - before;
                return new ImportResult(source.name(), importId, read.rows(), inserted, read.rows() - inserted,
                    read.sha256(), read.readAs());
            });
        } catch (SQLException e) {
            throw new StoreException("Could not import " + source.name() + " into " + database.name() + ": "
                + e.getMessage(), e);
        }
    }

    // Parsing runs on its own thread and inserting on this one, so the two overlap.
    private static FileRead load(Connection connection, ImportSource source, long importId, boolean replace,
                                 ImportProblems problems, ImportProgress progress) throws SQLException {
        BlockingQueue<StatFileParser.Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        ExecutorService parserThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "tact-stats-parser");
            thread.setDaemon(true);
            return thread;
        });
        try (StatBatchWriter writer = new StatBatchWriter(connection, importId, replace, problems)) {
            Future<FileRead> parsed = parserThread.submit(new StatFileParser(source, problems, queue));
            for (var batch = queue.take(); batch != StatFileParser.Batch.END; batch = queue.take()) {
                for (StatRowParser.StatRow row : batch.rows()) {
                    writer.add(row);
                }
                progress.update(batch.bytesRead(), source.size(), batch.rowsRead());
            }
            writer.flush();
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The import of " + source.name() + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw new StoreException("Could not read " + source.name() + ": " + e.getCause(), e.getCause());
        } finally {
            parserThread.shutdownNow();
        }
    }
}
