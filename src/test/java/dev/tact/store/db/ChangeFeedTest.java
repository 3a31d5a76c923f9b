package dev.tact.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tact.store.TestServer;
import dev.tact.store.lines.LineEditor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk hears what another desk writes to the team server, and finds its way back after a break. */
@Tag("team")
class ChangeFeedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
    private ChangeFeed feed;

    @AfterEach
    void closeTheFeed() {
        if (feed != null) {
            feed.close();
        }
    }

    private final ChangeFeed.Listener recorder = new ChangeFeed.Listener() {
        @Override
        public void changed(List<ChangeFeed.Change> batch) {
            heard.add(batch);
        }

        @Override
        public void caughtUp() {
            heard.add("caught up");
        }

        @Override
        public void reachable(boolean online) {
            heard.add(online ? "online" : "offline");
        }
    };

    @Test
    void aLineSavedByAnotherDatabaseReachesTheFeedWithinASecond() throws Exception {
        Database mine = TestServer.get().freshDatabase();
        Database theirs = Database.open(mine.address());
        feed = ChangeFeed.of(mine.address());
        feed.start(recorder);
        assertEquals("online", heard.poll(10, TimeUnit.SECONDS));

        String saved = new LineEditor(theirs, CLOCK).save(new LineEditor.Draft("", "Spring", "social", "rita",
            "Most of our 40 customers renewed.", List.of()));

        Object batch = heard.poll(1, TimeUnit.SECONDS);
        assertNotNull(batch, "no change reached the feed within a second");
        @SuppressWarnings("unchecked")
        List<ChangeFeed.Change> changes = (List<ChangeFeed.Change>) batch;
        assertThat(changes).contains(
            new ChangeFeed.Change("copy_line", Optional.of(saved), OptionalLong.empty(), "postgres"),
            new ChangeFeed.Change("copy_line_version", Optional.of(saved), OptionalLong.empty(), "postgres"));
        assertThat(changes).allMatch(change -> !change.decides(saved));
    }

    @Test
    void aTerminatedConnectionIsReportedOfflineThenReconnectsAndAsksToCatchUp() throws Exception {
        Database mine = TestServer.get().freshDatabase();
        feed = ChangeFeed.of(mine.address());
        feed.start(recorder);
        assertEquals("online", heard.poll(10, TimeUnit.SECONDS));

        TestServer.get().admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
            + ServerChangeFeed.APPLICATION_NAME + "' AND datname = '" + databaseName(mine) + "'");

        assertEquals("offline", heard.poll(10, TimeUnit.SECONDS));
        assertEquals("online", heard.poll(10, TimeUnit.SECONDS));
        assertEquals("caught up", heard.poll(10, TimeUnit.SECONDS));
        // Listening again: a change after the break is heard.
        new LineEditor(Database.open(mine.address()), CLOCK).save(new LineEditor.Draft("", "Spring", "social", "rita",
            "Half of our 40 customers renewed.", List.of()));
        assertThat(heard.poll(10, TimeUnit.SECONDS)).isInstanceOf(List.class);
    }

    @Test
    void aServerThatCannotBeReachedIsReportedOfflineAndACheckReportsItAgain() throws Exception {
        DatabaseAddress nowhere = DatabaseAddress.parse("postgresql://nobody@127.0.0.1:1/none");
        feed = ChangeFeed.of(nowhere);
        feed.start(recorder);
        assertEquals("offline", heard.poll(10, TimeUnit.SECONDS));
        feed.checkNow();
        assertEquals("offline", heard.poll(20, TimeUnit.SECONDS));
    }

    @Test
    void aFileHasNoFeed() {
        assertEquals(ChangeFeed.NONE, ChangeFeed.of(new DatabaseAddress.File(dir.resolve("tact.db"))));
    }

    @Test
    void aPayloadThatIsNotTactsIsIgnored() {
        assertEquals(Optional.empty(), ServerChangeFeed.parse("hello"));
        assertEquals(Optional.of(new ChangeFeed.Change("decision", Optional.of("L-1"), OptionalLong.of(7), "rita")),
            ServerChangeFeed.parse("{\"table\": \"decision\", \"by\": \"rita\", \"line\": \"L-1\", \"decision\": 7}"));
    }

    private static String databaseName(Database database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet name = statement.executeQuery("SELECT current_database()")) {
            name.next();
            return name.getString(1);
        }
    }
}
