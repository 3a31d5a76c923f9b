package dev.tact.store.lines;
import dev.tact.store.files.ImportProblems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes copy lines read from a file. A new id becomes a pending line at version 1; an existing
 * id is a problem unless replacing, where a changed text or citation becomes a new pending version.
 */
final class CopyLineWriter {
    private final Connection connection;
    private final Long importId;
    private final boolean replace;
    private final String now;
    private final ImportProblems problems;
    private final Map<String, Long> campaignIds = new HashMap<>();
    private long inserted;
    private long updated;

    /** @param importId the import writing the rows, null for a line saved from the desk */
    CopyLineWriter(Connection connection, Long importId, boolean replace, String now, ImportProblems problems) {
        this.connection = connection;
        this.importId = importId;
        this.replace = replace;
        this.now = now;
        this.problems = problems;
    }

    /** The current version of an existing line: its number, text, citations and the import that wrote it. */
    private record Current(int version, String text, List<String> statIds, Long importId, long sourceLine,
                           String author, String channel) {
    }

    // The fingerprint of the key of whoever wrote the versions this writer adds; empty when unsigned.
    private String authorKey = "";

    /** The versions written from now on are recorded as written with this key. */
    CopyLineWriter writtenWith(String fingerprint) {
        this.authorKey = fingerprint == null ? "" : fingerprint;
        return this;
    }

    void write(CopyRow row) throws SQLException {
        if (!citedStatsExist(row)) {
            return;
        }
        Current current = current(row.id());
        if (current == null) {
            insertLine(row);
            insertVersion(row, 1);
            inserted++;
        } else if (importId != null && Objects.equals(current.importId(), importId)) {
            problems.add(row.line(), 0, "id", "duplicate id \"" + row.id() + "\": already on line "
                + current.sourceLine() + " of this file");
        } else if (!replace) {
            problems.add(row.line(), 0, "id", "line id \"" + row.id() + "\" is already in the database: pass"
                + " --replace to update it");
        } else if (!current.author().isBlank() && !current.author().equalsIgnoreCase(row.author().strip())) {
            // Who wrote a line decides who may not approve it (four eyes): a re-import must not rename them.
            problems.add(row.line(), 0, "author", "line " + row.id() + " was written by " + current.author()
                + "; an import cannot change who wrote a line (import the new copy as a new line id)");
        } else {
            replaceLine(row, current);
            updated++;
        }
    }

    long inserted() {
        return inserted;
    }

    long updated() {
        return updated;
    }

    private boolean citedStatsExist(CopyRow row) throws SQLException {
        boolean all = true;
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM stat WHERE id = ?")) {
            for (String statId : row.statIds()) {
                query.setString(1, statId);
                try (ResultSet result = query.executeQuery()) {
                    if (!result.next()) {
                        problems.add(row.line(), row.statIdsColumn(), "stat_ids", "unknown stat \"" + statId
                            + "\": import it with import-stats first, or fix the id");
                        all = false;
                    }
                }
            }
        }
        return all;
    }

    private Current current(String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT v.version, v.text, v.import_id, v.source_line, coalesce(l.author, ''), coalesce(l.channel, '')"
                + " FROM copy_line l"
                + " JOIN copy_line_version v ON v.line_id = l.id AND v.version = l.current_version WHERE l.id = ?")) {
            query.setString(1, lineId);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                int version = result.getInt(1);
                Long writtenBy = result.getObject(3) == null ? null : result.getLong(3);
                return new Current(version, result.getString(2), citations(lineId, version), writtenBy,
                    result.getLong(4), result.getString(5), result.getString(6));
            }
        }
    }

    private List<String> citations(String lineId, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
            "SELECT stat_id FROM copy_line_stat WHERE line_id = ? AND version = ? ORDER BY position")) {
            query.setString(1, lineId);
            query.setInt(2, version);
            List<String> statIds = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    statIds.add(result.getString(1));
                }
            }
            return statIds;
        }
    }

    private void insertLine(CopyRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO copy_line (id, campaign_id, channel, author, status, current_version, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, 'pending', 1, ?, ?)")) {
            insert.setString(1, row.id());
            insert.setLong(2, campaignId(row.campaign()));
            insert.setString(3, row.channel());
            insert.setString(4, row.author());
            insert.setString(5, now);
            insert.setString(6, now);
            insert.executeUpdate();
        }
    }

    // A changed text or citation is a new version and goes back to review; a changed channel
    // (another floor, another route) voids an approval; otherwise only the campaign is refreshed.
    private void replaceLine(CopyRow row, Current current) throws SQLException {
        boolean changed = !current.text().equals(row.text()) || !current.statIds().equals(row.statIds());
        boolean moved = !current.channel().equalsIgnoreCase(row.channel());
        int version = changed ? current.version() + 1 : current.version();
        String why = changed ? "text changed after approval" : "channel changed from "
            + (current.channel().isBlank() ? "none" : current.channel()) + " to "
            + (row.channel().isBlank() ? "none" : row.channel());
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE copy_line SET campaign_id = ?, channel = ?, author = ?, updated_at = ?,"
                + " stale_reason = CASE WHEN ? AND status = 'approved' THEN ? ELSE stale_reason END,"
                + " status = CASE WHEN ? OR (? AND status = 'approved') THEN 'pending' ELSE status END,"
                + " current_version = ? WHERE id = ?")) {
            update.setLong(1, campaignId(row.campaign()));
            update.setString(2, row.channel());
            update.setString(3, current.author().isBlank() ? row.author() : current.author());
            update.setString(4, now);
            update.setBoolean(5, changed || moved);
            update.setString(6, why);
            update.setBoolean(7, changed);
            update.setBoolean(8, moved);
            update.setInt(9, version);
            update.setString(10, row.id());
            update.executeUpdate();
        }
        if (changed) {
            insertVersion(row, version);
        }
    }

    private void insertVersion(CopyRow row, int version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO copy_line_version (line_id, version, text, created_at, import_id, source_line, author_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.id());
            insert.setInt(2, version);
            insert.setString(3, row.text());
            insert.setString(4, now);
            insert.setObject(5, importId);
            insert.setObject(6, importId == null ? null : row.line());
            insert.setString(7, authorKey);
            insert.executeUpdate();
        }
        try (PreparedStatement cite = connection.prepareStatement(
            "INSERT INTO copy_line_stat (line_id, version, position, stat_id) VALUES (?, ?, ?, ?)")) {
            for (int position = 0; position < row.statIds().size(); position++) {
                cite.setString(1, row.id());
                cite.setInt(2, version);
                cite.setInt(3, position + 1);
                cite.setString(4, row.statIds().get(position));
                cite.addBatch();
            }
            cite.executeBatch();
        }
    }

    private long campaignId(String name) throws SQLException {
        Long known = campaignIds.get(name);
        if (known != null) {
            return known;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
            "INSERT INTO campaign (name, created_at) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id")) {
            upsert.setString(1, name);
            upsert.setString(2, now);
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                campaignIds.put(name, result.getLong(1));
                return result.getLong(1);
            }
        }
    }
}
