package dev.tact.store.release;

import dev.tact.store.db.Database;
import dev.tact.store.db.Dialect;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks lines published: the version that went out and the day it ran, appended to the publication
 * trail (never changed or removed). Published lines are part of what every later campaign is checked
 * against for differencing ({@link ReleasedLines}).
 */
public final class Publications {
    private static final String PERMISSION_DENIED = "42501";
    private final Database database;
    private final Clock clock;
    private final String user;

    /** What was recorded: the line, the version that went out, the day it ran and who said so. */
    public record Publication(String lineId, int version, LocalDate publishedOn, String publishedBy) {
    }

    public Publications(Database database, Clock clock, String user) {
        this.database = database;
        this.clock = clock;
        this.user = user;
    }

    /**
     * Records that a line's current version ran on a day.
     *
     * @param day the day it ran, YYYY-MM-DD
     * @throws IllegalArgumentException when the day is not a date ("2026-02-30"), or is after today on
     *                                  this clock (a line is marked published once it has run; the desk's
     *                                  dialog refuses the same days)
     * @throws StoreException           naming the line when there is none by that id, or saying which group
     *                                  roles may when the server's login may not (nothing is written)
     */
    public Publication publish(String lineId, String day) {
        LocalDate date = date(day);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new IllegalArgumentException(date + " is after today (" + today + "): a line is marked published"
                + " once it has run");
        }
        try (Connection connection = database.connect()) {
            return Transactions.inOne(connection, () -> record(connection, lineId, date));
        } catch (SQLException e) {
            if (PERMISSION_DENIED.equals(e.getSQLState())) {
                // The server's grants (TeamSetup): the group roles that run a campaign may say it ran.
                throw new StoreException("Your login may not mark lines published on " + database.name()
                    + ": that takes tact_writer, tact_brand or tact_legal (ask your Tact admin, e.g. GRANT tact_writer"
                    + " TO your_login). Nothing was marked published.", e);
            }
            throw new StoreException("Could not mark line " + lineId + " published in " + database.name() + ": "
                + e.getMessage(), e);
        }
    }

    /**
     * Every publication of a line, oldest first; empty when it never went out (or there is no such line).
     *
     * @throws StoreException when the database cannot be read
     */
    public List<Publication> of(String lineId) {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
            "SELECT line_version, published_on, published_by FROM publication WHERE line_id = ? ORDER BY id")) {
            query.setString(1, lineId);
            List<Publication> found = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(new Publication(lineId, row.getInt(1), LocalDate.parse(row.getString(2)),
                        row.getString(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Could not read when line " + lineId + " was published from " + database.name()
                + ": " + e.getMessage(), e);
        }
    }

    private Publication record(Connection connection, String lineId, LocalDate date) throws SQLException {
        int version = currentVersion(connection, lineId);
        boolean server = database.dialect() == Dialect.POSTGRESQL;
        // On a server the login is who published (the column's default); a file records its user.
        String sql = server
            ? "INSERT INTO publication (line_id, line_version, published_on, recorded_at) VALUES (?, ?, ?, ?)"
            : "INSERT INTO publication (line_id, line_version, published_on, recorded_at, published_by)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, lineId);
            insert.setInt(2, version);
            insert.setString(3, date.toString());
            insert.setString(4, clock.instant().toString());
            if (!server) {
                insert.setString(5, user);
            }
            insert.executeUpdate();
        }
        return new Publication(lineId, version, date, server ? sessionUser(connection) : user);
    }

    private static int currentVersion(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT current_version FROM copy_line WHERE id = ?")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new StoreException("There is no line " + lineId + "; nothing was marked published.");
                }
                return row.getInt(1);
            }
        }
    }

    private static String sessionUser(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT session_user");
             ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private static LocalDate date(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the publication date must be a day as YYYY-MM-DD: " + day, e);
        }
    }
}
