package dev.tact.store.lines;

import dev.tact.store.trail.ReviewerRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Optimistic locking for line edits: a save claims the version its writer opened with
 * {@code UPDATE … WHERE current_version = ?}. On the server that row lock is held until the save
 * commits, so of two concurrent editors the second waits, then finds the version gone and is told
 * who moved it; in the file the write lock does the same.
 */
final class EditVersions {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EditVersions() {
    }

    /**
     * @throws EditConflictException when the line's current version is no longer {@code base}
     */
    static void claim(Connection connection, String lineId, int base, Clock clock) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE copy_line SET updated_at = updated_at WHERE id = ? AND current_version = ?")) {
            update.setString(1, lineId);
            update.setInt(2, base);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        throw conflict(connection, lineId, clock);
    }

    private static EditConflictException conflict(Connection connection, String lineId, Clock clock)
        throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT v.version, v.created_at, v.author_key,"
            + " l.author FROM copy_line l JOIN copy_line_version v ON v.line_id = l.id"
            + " AND v.version = l.current_version WHERE l.id = ?")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new dev.tact.store.db.StoreException("There is no line \"" + lineId + "\".");
                }
                return new EditConflictException(lineId, writer(connection, row.getString(3), row.getString(4)),
                    clockTime(row.getString(2), clock), row.getInt(1));
            }
        }
    }

    // The reviewer whose key wrote the version; an unsigned version is the line's author's, as far
    // as anyone can tell.
    private static String writer(Connection connection, String authorKey, String author) throws SQLException {
        if (authorKey != null && !authorKey.isEmpty()) {
            var reviewer = ReviewerRegistry.replay(ReviewerRegistry.entries(connection)).get(authorKey);
            if (reviewer != null) {
                return reviewer.name();
            }
        }
        return author == null || author.isBlank() ? "another desk" : author;
    }

    private static String clockTime(String instant, Clock clock) {
        try {
            return CLOCK_TIME.format(Instant.parse(instant).atZone(clock.getZone()));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
