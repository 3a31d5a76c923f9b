package dev.tact.store.trail;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;

import dev.tact.core.Decision;
import dev.tact.core.History;
import dev.tact.core.History.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A line's past: every version of its text and every decision on it, newest first. */
public final class LineHistory {

    private LineHistory() {
    }

    public static History of(Database database, String lineId) {
        try (Connection connection = database.connect()) {
            return new History(versions(connection, lineId), decisions(connection, lineId));
        } catch (SQLException e) {
            throw new StoreException("Could not read the history of line " + lineId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The latest decision on each line that has one, by line id, in one read: the desk marks a
     * page of lines with their standing decisions without a query per line.
     */
    public static Map<String, Decision> latestDecisions(Database database) {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT " + DecisionRows.COLUMNS + " FROM decision"
                 + " WHERE id IN (SELECT max(id) FROM decision GROUP BY line_id)");
             ResultSet row = query.executeQuery()) {
            Map<String, Decision> latest = new HashMap<>();
            while (row.next()) {
                Decision decision = DecisionRows.read(row);
                latest.put(decision.lineId(), decision);
            }
            return latest;
        } catch (SQLException e) {
            throw new StoreException("Could not read the decisions in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private static List<Version> versions(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT version, text, created_at, origin FROM copy_line_version WHERE line_id = ?"
                + " ORDER BY version DESC")) {
            query.setString(1, lineId);
            List<Version> versions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    versions.add(new Version(row.getInt(1), row.getString(2), row.getString(3), row.getString(4)));
                }
            }
            return versions;
        }
    }

    /** A line's decisions, oldest first, inside the caller's transaction. */
    static List<Decision> oldestFirst(Connection connection, String lineId) throws SQLException {
        List<Decision> decisions = new ArrayList<>(decisions(connection, lineId));
        java.util.Collections.reverse(decisions);
        return decisions;
    }

    private static List<Decision> decisions(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT " + DecisionRows.COLUMNS + " FROM decision WHERE line_id = ? ORDER BY id DESC")) {
            query.setString(1, lineId);
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    decisions.add(DecisionRows.read(row));
                }
            }
            return decisions;
        }
    }
}
