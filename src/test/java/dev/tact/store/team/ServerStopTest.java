package dev.tact.store.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Signer;
import dev.tact.core.Verdict;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.DemoData;
import dev.tact.store.db.StoreException;
import dev.tact.store.trail.ChainVerifier;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.trail.Reviewers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stops mid-session: a decision attempted meanwhile is refused as unreachable (and
 * recorded nowhere), and every decision recorded before is there when the server is back.
 */
@Tag("team")
class ServerStopTest {
    @TempDir
    Path dir;

    @Test
    void stoppingTheServerLosesNoRecordedDecisionAndRecordsNoneWhileItIsDown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DatabaseAddress address = DatabaseAddress.parse("postgresql://postgres@localhost:" + port + "/tact");
        Signer rita;
        Database database;
        try (EmbeddedPostgres server = start(port)) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE tact");
            }
            database = Database.open(address);
            DemoData.load(database, StoreFixtures.CLOCK, "tester");
            rita = Reviewers.of(database).as("rita");
            DecisionLedger ledger = new DecisionLedger(database, StoreFixtures.CLOCK);
            ledger.decide("hol-02", Verdict.REJECT, rita, "Mocks 53 people");
            ledger.decide("w26-03", Verdict.CHANGES, rita, "Name the period");
        }

        // The desk keeps the Database it opened while the server was up; each call connects anew.
        DecisionLedger offline = new DecisionLedger(database, StoreFixtures.CLOCK);
        StoreException refused = assertThrows(StoreException.class,
            () -> offline.decide("w26-04", Verdict.REJECT, rita, "Too close"));
        assertTrue(StoreException.isUnreachable(refused), refused.getMessage());
        assertThat(refused.getMessage()).contains("Could not reach the team database " + address.display());

        try (EmbeddedPostgres back = start(port)) {
            assertEquals(2, StoreFixtures.count(database, "SELECT count(*) FROM decision"));
            assertThat(new ChainVerifier(database).verify().problem()).isEmpty();
            new DecisionLedger(database, StoreFixtures.CLOCK).decide("w26-04", Verdict.REJECT, rita, "Too close");
            assertEquals(3, StoreFixtures.count(database, "SELECT count(*) FROM decision"));
        }
    }

    private EmbeddedPostgres start(int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("data"))
            .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
    }
}
