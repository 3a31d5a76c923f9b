package dev.tact.store;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportResult;
import dev.tact.store.files.ImportSource;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.stats.StatsImporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** Files, databases and queries the store tests share. */
public final class StoreFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);
    public static final String STATS_HEADER = "id,description,cohort_size,base_size,period,source,dim_title,dim_window";

    private StoreFixtures() {
    }

    public static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty database: a file in {@code dir}, or on the test server in the PostgreSQL run. */
    public static Database emptyDatabase(Path dir) {
        return TestStores.fresh(dir);
    }

    /**
     * What the database holds, to compare before and after a refused import: the file's bytes, or
     * on the server a digest of every table's rows.
     */
    public static String contents(Database database) {
        if (database.localFile().isPresent()) {
            return sha256(database.file());
        }
        StringBuilder all = new StringBuilder();
        for (String table : new String[] {"import_log", "stat", "campaign", "copy_line", "copy_line_version",
            "copy_line_stat", "decision", "policy_version", "reviewer_entry", "checkpoint", "search_index_state",
            "publication"}) {
            all.append(table).append(':').append(text(database, "SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY"
                + " t::text)), '') FROM " + table + " t")).append('\n');
        }
        return all.toString();
    }

    public static StatsImporter statsImporter(Database database) {
        return new StatsImporter(database, CLOCK, "tester");
    }

    public static CopyImporter copyImporter(Database database) {
        return new CopyImporter(database, CLOCK, "tester");
    }

    public static ImportResult importStats(Database database, Path file) throws ImportFailedException {
        return statsImporter(database).importStats(ImportSource.ofFile(file), false, ImportProgress.NONE);
    }

    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(Database database, String sql) {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Database database, String sql) {
        try (Connection connection = database.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
