package dev.tact.ui;

import dev.tact.score.Assessor;
import dev.tact.store.db.Database;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.release.Publications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The desk's side of issue 14, called on a background thread like the rest of {@link DeskBackend}:
 * a campaign checked for differencing against what is out, and lines marked published. The same
 * classes {@code tact check} and {@code tact publish} call, so the desk and the CLI cannot differ.
 */
public final class DeskReleases {
    private final Database database;
    private final Assessor assessor;
    private final Clock clock;
    private final String user;

    DeskReleases(Database database, Assessor assessor, Clock clock, String user) {
        this.database = database;
        this.assessor = assessor;
        this.clock = clock;
        this.user = user;
    }

    /**
     * Every line of the campaign with its findings and its assessment raised to {@code high} while one
     * stands.
     *
     * @throws dev.tact.store.db.StoreException when there is no such campaign or it cannot be read
     */
    public CampaignDisclosure.Result check(String campaign) {
        return new CampaignDisclosure(database, assessor).check(campaign);
    }

    /**
     * Records that the line's current version ran on the day (on a team server, as the login).
     *
     * @throws dev.tact.store.db.StoreException naming the line when it is not there, or saying which
     *         group role may do this when the login may not; nothing is written then
     */
    public Publications.Publication publish(String lineId, LocalDate day) {
        return new Publications(database, clock, user).publish(lineId, day.toString());
    }

    /** When the line went out, oldest first. */
    public List<Publications.Publication> publications(String lineId) {
        return new Publications(database, clock, user).of(lineId);
    }
}
