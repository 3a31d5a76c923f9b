package dev.tact.store.lines;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;
import dev.tact.store.db.Transactions;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProblems;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Saves a line typed in the desk: a new line, or a new version of an existing one (which
 * returns it to pending). The same writer as an import, so the same rules hold.
 */
public final class LineEditor {
    private final Database database;
    private final Clock clock;

    public LineEditor(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * A line as drafted: its id (empty for a new line), campaign, channel, author, text, cited
     * stats, and where the text came from (empty when typed; a suggestion's description when
     * accepted from the ladder).
     */
    public record Draft(String lineId, String campaign, String channel, String author, String text,
                        List<String> statIds, String origin, int baseVersion) {
        public Draft {
            statIds = List.copyOf(statIds);
            origin = origin == null ? "" : origin;
        }

        public Draft(String lineId, String campaign, String channel, String author, String text,
                     List<String> statIds, String origin) {
            this(lineId, campaign, channel, author, text, statIds, origin, 0);
        }

        public Draft(String lineId, String campaign, String channel, String author, String text,
                     List<String> statIds) {
            this(lineId, campaign, channel, author, text, statIds, "", 0);
        }

        /**
         * The same draft, checked against the version its writer opened: saving refuses with an
         * {@link EditConflictException} when the line has moved on since.
         *
         * @param version the line's version when the editor loaded it, at least 1
         */
        public Draft basedOn(int version) {
            return new Draft(lineId, campaign, channel, author, text, statIds, origin, version);
        }
    }

    /**
     * @return the id of the saved line
     * @throws ImportFailedException when the draft is not valid (empty text, unknown stat, …)
     */
    public String save(Draft draft) throws ImportFailedException {
        return save(draft, "");
    }

    /**
     * Saves a draft as a line's new version, written with a key.
     *
     * @param authorKey the fingerprint of the writer's unlocked key, empty when they are not signed in
     * @throws EditConflictException when the draft is based on a version and someone saved a newer one
     */
    public String save(Draft draft, String authorKey) throws ImportFailedException {
        String id = draft.lineId().isBlank() ? newId(draft.campaign()) : draft.lineId().strip();
        ImportProblems problems = new ImportProblems("draft");
        if (draft.text().isBlank()) {
            problems.add(1, 0, "text", "expected the copy, found an empty text");
        }
        if (draft.campaign().isBlank()) {
            problems.add(1, 0, "campaign", "expected a campaign");
        }
        problems.throwIfAny();
        try (Connection connection = database.connect()) {
            Transactions.inOne(connection, () -> {
                if (draft.baseVersion() > 0) {
                    EditVersions.claim(connection, id, draft.baseVersion(), clock);
                }
                CopyLineWriter writer = new CopyLineWriter(connection, null, true, Instant.now(clock).toString(),
                    problems).writtenWith(authorKey);
                writer.write(new CopyRow(1, id, draft.campaign().strip(), draft.channel().strip().toLowerCase(Locale.ROOT),
                    draft.author().strip(), draft.text().strip(), draft.statIds(), 1));
                problems.throwIfAny();
                recordOrigin(connection, id, draft.origin());
                return null;
            });
            return id;
        } catch (SQLException e) {
            throw new StoreException("Could not save the line in " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private static void recordOrigin(Connection connection, String lineId, String origin) throws SQLException {
        if (origin.isEmpty()) {
            return;
        }
        try (var update = connection.prepareStatement("UPDATE copy_line_version SET origin = ? WHERE line_id = ?"
            + " AND version = (SELECT current_version FROM copy_line WHERE id = ?)")) {
            update.setString(1, origin);
            update.setString(2, lineId);
            update.setString(3, lineId);
            update.executeUpdate();
        }
    }

    private static String newId(String campaign) {
        String prefix = campaign.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (prefix.isEmpty() ? "line" : prefix) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
