package dev.tact.store.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change feed of a team server: one connection of its own LISTENs on {@value #CHANNEL}
 * (announced by the triggers of migration V8) and polls for notifications. When the connection
 * drops it reconnects with a growing pause and then reports {@link Listener#caughtUp()}:
 * PostgreSQL does not keep notifications for a listener that is away.
 */
final class ServerChangeFeed implements ChangeFeed {
    static final String CHANNEL = "tact_changes";
    /** How the feed's connection shows in pg_stat_activity, apart from the desk's other connections. */
    static final String APPLICATION_NAME = "Tact change feed";
    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    // getNotifications returns as soon as one arrives; the poll only bounds how late a quiet
    // burst is delivered and a close or checkNow is noticed.
    private static final int POLL_MILLIS = 100;
    // A burst (an import writes a notification per line) ends after this much silence, and is
    // cut after the longest wait so a desk reloads within a second even during a long import.
    private static final long QUIET_MILLIS = 250;
    private static final long LONGEST_BATCH_MILLIS = 700;
    // Waiting for notifications sends nothing: a link that died silently is found by a query.
    private static final long HEARTBEAT_MILLIS = 5_000;
    private static final int SOCKET_TIMEOUT_SECONDS = 15;
    private static final long FIRST_RETRY_MILLIS = 250;
    private static final long LAST_RETRY_MILLIS = 8_000;

    private final PGSimpleDataSource source;
    private final String display;
    private volatile boolean closed;
    private volatile boolean checkRequested;
    private volatile Connection connection;
    private Thread thread;
    private Boolean reported;

    ServerChangeFeed(DatabaseAddress.Server address, Map<String, String> environment) {
        this.source = TeamServer.dataSource(address, environment);
        this.display = address.display();
        source.setApplicationName(APPLICATION_NAME);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
    }

    @Override
    public synchronized void start(Listener listener) {
        if (thread != null) {
            throw new IllegalStateException("the change feed of " + display + " is already started");
        }
        // A thread of its own, not the desk's runner: it blocks on the socket for the desk's whole
        // life and would stall every other background task queued behind it. A daemon, so an open
        // feed never keeps Tact running after its window closes.
        thread = new Thread(() -> run(listener), "tact-change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void checkNow() {
        checkRequested = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("closing the change feed of {}: {}", display, e.getMessage());
            }
        }
    }

    private void run(Listener listener) {
        long retry = FIRST_RETRY_MILLIS;
        boolean connectedBefore = false;
        while (!closed) {
            try (Connection listening = source.getConnection()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                report(listener, true);
                if (connectedBefore && !closed) {
                    listener.caughtUp();
                }
                connectedBefore = true;
                retry = FIRST_RETRY_MILLIS;
                listen(listening, listener);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.info("the change feed of {} is offline: {}", display, e.getMessage());
                report(listener, false);
                if (!pause(retry)) {
                    return;
                }
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection listening, Listener listener) throws SQLException {
        PGConnection postgres = listening.unwrap(PGConnection.class);
        List<Change> batch = new ArrayList<>();
        long firstAt = 0;
        long lastAt = 0;
        long lastHeard = now();
        while (!closed) {
            PGNotification[] received = postgres.getNotifications(POLL_MILLIS);
            long now = now();
            if (received != null && received.length > 0) {
                for (PGNotification notification : received) {
                    parse(notification.getParameter()).ifPresent(batch::add);
                }
                firstAt = firstAt == 0 ? now : firstAt;
                lastAt = now;
                lastHeard = now;
            }
            if (!batch.isEmpty() && (now - lastAt >= QUIET_MILLIS || now - firstAt >= LONGEST_BATCH_MILLIS)) {
                deliver(listener, List.copyOf(batch));
                batch.clear();
                firstAt = 0;
            }
            if (checkRequested || now - lastHeard >= HEARTBEAT_MILLIS) {
                heartbeat(listening, listener);
                lastHeard = now;
            }
        }
    }

    private void heartbeat(Connection listening, Listener listener) throws SQLException {
        try (Statement statement = listening.createStatement()) {
            statement.execute("SELECT 1");
        }
        report(listener, true);
    }

    // Told on a change of state, and once after each checkNow whatever the state.
    private void report(Listener listener, boolean online) {
        boolean asked = checkRequested;
        checkRequested = false;
        if (closed || (!asked && reported != null && reported == online)) {
            return;
        }
        reported = online;
        try {
            listener.reachable(online);
        } catch (RuntimeException e) {
            LOG.error("a change-feed listener failed", e);
        }
    }

    private void deliver(Listener listener, List<Change> batch) {
        if (closed) {
            return;
        }
        try {
            listener.changed(batch);
        } catch (RuntimeException e) {
            LOG.error("a change-feed listener failed", e);
        }
    }

    /** Reads a payload the V8 triggers write; empty (and logged) for anything else on the channel. */
    static Optional<Change> parse(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            Optional<String> line = node.hasNonNull("line") ? Optional.of(node.get("line").asText()) : Optional.empty();
            OptionalLong decision = node.hasNonNull("decision") ? OptionalLong.of(node.get("decision").asLong())
                : OptionalLong.empty();
            return Optional.of(new Change(node.path("table").asText(""), line, decision, node.path("by").asText("")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignored a notification on {} that is not Tact's: {}", CHANNEL, payload);
            return Optional.empty();
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long now() {
        return System.nanoTime() / 1_000_000;
    }
}
