package dev.tact.store.trail;
import dev.tact.store.db.Bindings;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;

import dev.tact.core.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every decision on one campaign's lines, oldest first, with the links of the whole chain they
 * sit in: what a sign-off report embeds so the decisions can be re-checked without the database.
 */
public final class CampaignTrail {

    /** One decision's place in the chain: its id and hash. */
    public record Link(long id, String hash) {
    }

    /**
     * @param decisions the decisions on the campaign's lines, by id
     * @param chain     every decision's link in the ledger, by id, the campaign's and the others'
     * @param head      the newest decision's id and hash when read, (0, genesis) when there is none
     * @param reviewers the reviewer registry's signed entries, oldest first
     * @param checkpoint the newest signed checkpoint in the database, null when there is none
     */
    public record Trail(List<Decision> decisions, List<Link> chain, Decision.Head head,
                        List<dev.tact.core.ReviewerEntry> reviewers, dev.tact.core.Checkpoint checkpoint) {
        public Trail {
            decisions = List.copyOf(decisions);
            chain = List.copyOf(chain);
            reviewers = List.copyOf(reviewers);
        }
    }

    private CampaignTrail() {
    }

    /** Reads the trail in one connection, so the decisions, the links and the head agree. */
    public static Trail read(Database database, String campaign) {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                List<dev.tact.core.Checkpoint> checkpoints = Checkpoints.stored(connection);
                return new Trail(decisions(connection, campaign), chain(connection), DecisionRows.head(connection),
                    ReviewerRegistry.entries(connection),
                    checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1));
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the decisions of campaign \"" + campaign + "\": "
                + e.getMessage(), e);
        }
    }

    /** The hash a decision binds a line's text by: SHA-256 of its UTF-8 bytes, lower-case hex. */
    public static String textHash(String text) {
        return Bindings.textHash(text);
    }

    private static List<Decision> decisions(Connection connection, String campaign) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + DecisionRows.COLUMNS
            + " FROM decision WHERE line_id IN (SELECT l.id FROM copy_line l JOIN campaign c ON c.id = l.campaign_id"
            + " WHERE c.name = ?) ORDER BY id")) {
            query.setString(1, campaign);
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    decisions.add(DecisionRows.read(row));
                }
            }
            return decisions;
        }
    }

    private static List<Link> chain(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, hash FROM decision ORDER BY id");
             ResultSet row = query.executeQuery()) {
            List<Link> links = new ArrayList<>();
            while (row.next()) {
                links.add(new Link(row.getLong(1), row.getString(2)));
            }
            return links;
        }
    }
}
