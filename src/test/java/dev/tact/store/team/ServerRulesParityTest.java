package dev.tact.store.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.DecisionRules;
import dev.tact.core.Policy;
import dev.tact.core.RouteProgress;
import dev.tact.score.PolicyCodec;
import dev.tact.store.TestServer;
import dev.tact.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's copies of Tact's rules say what Tact's own code says. */
@Tag("team")
class ServerRulesParityTest {
    private Database database;

    @BeforeEach
    void aDatabase() {
        database = TestServer.get().freshDatabase();
    }

    @Test
    void theBundledRoutesOnTheServerAreTheBundledPolicys() throws SQLException {
        Policy bundled = PolicyCodec.defaults();
        List<String> channels = new ArrayList<>(List.of("", "  ", "unknown", "Billboard", " national social "));
        channels.addAll(bundled.channelAliases().keySet());
        bundled.routes().keySet().forEach(channels::add);

        for (String channel : channels) {
            assertEquals(RouteProgress.text(bundled.route(channel)), route(channel), "the route for \"" + channel + "\"");
        }
    }

    @Test
    void theNewestStoredPolicysRoutesAreInForce() throws SQLException {
        String document = PolicyCodec.defaultDocument().replace("\"default\": [\"brand\"]", "\"default\": [\"legal\"]");
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO policy_version (version, name, document,"
                 + " sha256, created_at, created_by) VALUES (1, 'default', ?, 'x', '2026-11-28T09:00:00Z', 'tess')")) {
            insert.setString(1, document);
            insert.executeUpdate();
        }
        assertEquals("legal", route("newsletter"));
        assertEquals("brand,legal", route("ooh"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u200B\u2060", "\u00A0", "\u3000", "\uFEFF", "\u202E\u2066", "\u00AD",
        "a", " ok ", "\u00A0\u0627\u0644\u0633\u0628\u0628", "\uD83D\uDC4D", "\u200Bx"})
    void aVisibleReasonIsTheSameOnTheServer(String reason) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT tact_has_visible_text(?)")) {
            query.setString(1, reason);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(DecisionRules.hasVisibleText(reason), row.getBoolean(1));
            }
        }
    }

    private String route(String channel) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement query = connection.prepareStatement("SELECT array_to_string(tact_route(?), ',')")) {
            query.setString(1, channel);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
