package dev.tact.store.db;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What other desks and the CLI change in a team database, as it happens, so a desk can reload
 * instead of showing a stale queue. On a server one connection LISTENs ({@link ServerChangeFeed});
 * a SQLite file is one desk's own, so its feed never reports anything ({@link #NONE}).
 *
 * <pre>{@code
 * ChangeFeed feed = ChangeFeed.of(database.address());
 * feed.start(listener);   // calls arrive on the feed's own thread
 * ...
 * feed.close();
 * }</pre>
 */
public interface ChangeFeed extends AutoCloseable {

    /** The feed of a store nobody else writes to: it starts, reports nothing and closes. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public void start(Listener listener) {
        }

        @Override
        public void checkNow() {
        }

        @Override
        public void close() {
        }
    };

    /** The feed for a store: listening on a server, {@link #NONE} for a file. */
    static ChangeFeed of(DatabaseAddress address) {
        return address instanceof DatabaseAddress.Server server ? new ServerChangeFeed(server, System.getenv()) : NONE;
    }

    /** Starts listening; the listener is called on the feed's thread, never on the caller's. */
    void start(Listener listener);

    /**
     * Asks the feed to check its connection now (a backend call just failed to reach the server)
     * and to report its state afterwards even if it has not changed.
     */
    void checkNow();

    /** Stops listening and closes the connection; no call reaches the listener afterwards. */
    @Override
    void close();

    /** One row (or, for stats, one statement) written by someone. */
    record Change(String table, Optional<String> lineId, OptionalLong decisionId, String login) {
        public Change {
            if (table == null || table.isBlank()) {
                throw new IllegalArgumentException("a change names its table");
            }
            login = login == null ? "" : login;
        }

        /** Whether this change is a decision on the line. */
        public boolean decides(String line) {
            return table.equals("decision") && lineId.filter(line::equals).isPresent();
        }
    }

    /** Told what the feed sees; every call comes from the feed's thread. */
    interface Listener {
        /** Changes committed together or in a quick burst (an import is one batch, not thousands). */
        void changed(List<Change> batch);

        /**
         * The connection is back after a break: changes made meanwhile were not announced, so
         * whatever the listener shows should be read again.
         */
        void caughtUp();

        /** Whether the server can be reached; told on every change of state, and after {@link #checkNow()}. */
        void reachable(boolean online);
    }
}
