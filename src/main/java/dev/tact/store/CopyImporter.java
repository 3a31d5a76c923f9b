package dev.tact.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Imports proposed copy lines from a table (CSV, TSV, .xlsx) or a plain-text file in one transaction: a file with any
 * bad row writes nothing.
 */
public final class CopyImporter {
    private static final int PROGRESS_EVERY_ROWS = 256;

    /** How the file is read: CSV with a header, or plain text with one line of copy per line. */
    public enum Format { AUTO, CSV, TEXT }

    /**
     * @param campaign campaign for rows that name none; default: the file name without extension
     * @param replace  whether existing line ids are updated (a changed text is a new version)
     * @param format   AUTO reads {@code .csv}, {@code .tsv} and {@code .xlsx} files as tables and anything else as
     *                 plain text; a workbook is read as a table whatever its name or format
     */
    public record Options(Optional<String> campaign, boolean replace, Format format) {
        public static final Options DEFAULT = new Options(Optional.empty(), false, Format.AUTO);
    }

    private final Database database;
    private final Clock clock;
    private final ImportLog log;

    public CopyImporter(Database database, Clock clock, String user) {
        this.database = database;
        this.clock = clock;
        this.log = new ImportLog(clock, user);
    }

    /** @throws ImportFailedException when the file has problems; the database is then unchanged */
    public ImportResult importCopy(ImportSource source, Options options, ImportProgress progress)
        throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                long importId = log.begin(connection, "copy", source.name());
                CopyLineWriter writer = new CopyLineWriter(connection, importId, options.replace(),
                    Instant.now(clock).toString(), problems);
                dev.tact.core.Policy policy = PolicyStore.policyInForce(connection);
                FileRead read = read(source, options, problems, row -> {
                    if (!policy.knowsChannel(row.channel())) {
                        problems.add(row.line(), "unknown channel \"" + row.channel() + "\": the policy knows "
                            + policy.knownChannels()
                            + "; fix it, or add the channel (or an alias) to the policy");
                        return;
                    }
                    writer.write(row);
                }, progress);
                problems.throwIfAny();
                log.complete(connection, importId, read.sha256(), read.rows());
                return new ImportResult(source.name(), importId, read.rows(), writer.inserted(), writer.updated(),
                    read.sha256(), read.readAs());
            });
        } catch (SQLException e) {
            throw new StoreException("Could not import " + source.name() + " into " + database.file() + ": "
                + e.getMessage(), e);
        }
    }

    private static FileRead read(ImportSource source, Options options, ImportProblems problems,
                                 CopyFileReader.RowSink<SQLException> writer, ImportProgress progress)
        throws SQLException {
        CopyFileReader reader = new CopyFileReader(source.name(), options.campaign(), problems);
        try {
            long[] seen = {0};
            FileRead read = reader.read(source, options.format(), row -> {
                writer.accept(row);
                if (++seen[0] % PROGRESS_EVERY_ROWS == 0) {
                    progress.update(reader.bytesRead(), source.size(), seen[0]);
                }
            });
            progress.update(reader.bytesRead(), source.size(), read.rows());
            return read;
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
            return FileRead.NOTHING;
        }
    }
}
