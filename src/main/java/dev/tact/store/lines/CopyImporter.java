package dev.tact.store.lines;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;
import dev.tact.store.files.FileRead;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportLog;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;
import dev.tact.store.policy.PolicyStore;
import dev.tact.store.trail.ReviewerRegistry;

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
        return importCopy(source, options, progress, java.util.Optional.empty());
    }

    /**
     * Imports lines the signed-in writer wrote: every row's author is them (a row naming another
     * author is refused) and each new version records their key, so four eyes compares keys.
     *
     * @param writer the writer's unlocked key, empty for an unsigned import (the author is the file's claim)
     */
    public ImportResult importCopy(ImportSource source, Options options, ImportProgress progress,
                                   java.util.Optional<dev.tact.core.Signer> writer) throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> {
                long importId = log.begin(connection, "copy", source.name());
                java.util.Optional<String> author = writer.isPresent() ? java.util.Optional.of(writerName(connection,
                    writer.get())) : java.util.Optional.empty();
                CopyLineWriter lines = new CopyLineWriter(connection, importId, options.replace(),
                    Instant.now(clock).toString(), problems).writtenWith(writer.map(dev.tact.core.Signer::fingerprint)
                    .orElse(""));
                dev.tact.core.Policy policy = PolicyStore.policyInForce(connection);
                FileRead read = read(source, options, problems, given -> {
                    CopyRow row = author.isEmpty() || given.author().isBlank() ? given.withAuthor(author.orElse(""))
                        : given;
                    if (author.isPresent() && !row.author().equalsIgnoreCase(author.get())) {
                        problems.add(row.line(), 0, "author", "the row names " + row.author() + " as its author, but you"
                            + " import as " + author.get() + " (--as-author): import other writers' lines without it");
                        return;
                    }
                    if (!policy.knowsChannel(row.channel())) {
                        problems.add(row.line(), "unknown channel \"" + row.channel() + "\": the policy knows "
                            + policy.knownChannels()
                            + "; fix it, or add the channel (or an alias) to the policy");
                        return;
                    }
                    lines.write(row);
                }, progress);
                problems.throwIfAny();
                log.complete(connection, importId, read.sha256(), read.rows());
                return new ImportResult(source.name(), importId, read.rows(), lines.inserted(), lines.updated(),
                    read.sha256(), read.readAs());
            });
        } catch (SQLException e) {
            throw new StoreException("Could not import " + source.name() + " into " + database.name() + ": "
                + e.getMessage(), e);
        }
    }

    private static String writerName(Connection connection, dev.tact.core.Signer writer) throws SQLException {
        ReviewerRegistry.Reviewer enrolled = ReviewerRegistry.replay(ReviewerRegistry.entries(connection))
            .get(writer.fingerprint());
        if (enrolled == null || enrolled.revoked()) {
            throw new StoreException("Your key " + dev.tact.core.Signatures.shortFingerprint(writer.fingerprint())
                + " is not enrolled here: an admin must add you before you import as the author.");
        }
        return enrolled.name();
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
