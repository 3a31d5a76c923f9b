package dev.tact.store.lines;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.trail.DecisionRows;

import dev.tact.core.Decision;
import dev.tact.core.ReviewItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The lines of one campaign with their latest decisions, for sign-off reports. */
public final class CampaignLines {

    /**
     * A line of the campaign.
     *
     * @param item        the line at its current version with its cited stats
     * @param latest      its newest decision, if any
     * @param staleReason why an approval no longer stands, empty if none
     */
    public record Line(ReviewItem item, Optional<Decision> latest, String staleReason) {
    }

    /** The campaign's lines in import order, and the chain head at the time of reading. */
    public record Sheet(String campaign, List<Line> lines, Decision.Head head) {
        public Sheet {
            lines = List.copyOf(lines);
        }
    }

    private CampaignLines() {
    }

    /** @throws StoreException naming the campaigns there are when there is none by this name */
    public static Sheet read(Database database, String campaign) {
        try (Connection connection = database.connect()) {
            List<String> ids = lineIds(connection, campaign);
            List<Line> lines = new ArrayList<>();
            for (String id : ids) {
                lines.add(new Line(LineSnapshot.read(connection, id).orElseThrow(), latest(connection, id),
                    staleReason(connection, id)));
            }
            return new Sheet(campaign, lines, DecisionRows.head(connection));
        } catch (SQLException e) {
            throw new StoreException("Could not read campaign \"" + campaign + "\": " + e.getMessage(), e);
        }
    }

    private static List<String> lineIds(Connection connection, String campaign) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT l.id FROM copy_line l JOIN campaign c"
            + " ON c.id = l.campaign_id WHERE c.name = ? ORDER BY l.rowid")) {
            query.setString(1, campaign);
            List<String> ids = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
            if (ids.isEmpty()) {
                throw new StoreException("There is no campaign \"" + campaign + "\" with lines; campaigns: "
                    + String.join(", ", campaignNames(connection)) + ".");
            }
            return ids;
        }
    }

    private static List<String> campaignNames(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT name FROM campaign ORDER BY name");
             ResultSet row = query.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (row.next()) {
                names.add(row.getString(1));
            }
            return names;
        }
    }

    private static Optional<Decision> latest(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + DecisionRows.COLUMNS
            + " FROM decision WHERE line_id = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(DecisionRows.read(row)) : Optional.empty();
            }
        }
    }

    private static String staleReason(Connection connection, String lineId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT stale_reason FROM copy_line WHERE id = ?")) {
            query.setString(1, lineId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }
}
