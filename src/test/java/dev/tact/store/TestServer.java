package dev.tact.store;

import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseAddress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server team tests run on: {@code TACT_TEST_PG_URL} when set (a superuser's URL,
 * e.g. {@code postgresql://postgres@localhost:5432/postgres} with PGPASSWORD), else one embedded
 * PostgreSQL 14 started once per test JVM. Each test gets a database of its own, copied from a
 * migrated template (tens of milliseconds, where migrating each would take a second).
 */
public final class TestServer {
    private static final String TEMPLATE = "tact_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static TestServer instance;

    private final String host;
    private final int port;
    private final String superuser;
    private final String password;
    private final String prefix;
    private final java.util.List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();

    private TestServer(String host, int port, String superuser, String password) {
        this.host = host;
        this.port = port;
        this.superuser = superuser;
        this.password = password;
        this.prefix = "tact_t" + ProcessHandle.current().pid() + "_";
    }

    /** The server, started (or reached) on first use, with the template database migrated. */
    public static synchronized TestServer get() {
        if (instance == null) {
            instance = start();
            instance.prepareTemplate();
        }
        return instance;
    }

    private static TestServer start() {
        String url = System.getenv("TACT_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            DatabaseAddress.Server server = (DatabaseAddress.Server) DatabaseAddress.parse(url);
            java.net.URI uri = java.net.URI.create(server.jdbcUrl().substring("jdbc:".length()));
            TestServer existing = new TestServer(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432,
                server.user().isEmpty() ? "postgres" : server.user(), System.getenv().getOrDefault("PGPASSWORD", ""));
            // Someone else's server: leave it as it was found.
            Runtime.getRuntime().addShutdownHook(new Thread(existing::dropCreated));
            return existing;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                // First start unpacks the binaries; a busy CI machine needs more than the 10 s default.
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's files are in a temporary directory.
                }
            }));
            return new TestServer("localhost", embedded.getPort(), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private void prepareTemplate() {
        admin("DROP DATABASE IF EXISTS " + TEMPLATE);
        admin("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        Database.open(address(TEMPLATE, superuser));
        run(TEMPLATE, FIXTURE_FUNCTIONS);
    }

    // Test fixtures read the stored rows with SQLite's names for two functions; on the server they
    // are defined in the test template only, never in Tact's schema.
    private static final String FIXTURE_FUNCTIONS = """
        CREATE FUNCTION ifnull(value anyelement, fallback text) RETURNS text LANGUAGE sql IMMUTABLE
            AS 'SELECT coalesce(value::text, fallback)';
        CREATE FUNCTION tact_concat_step(acc text, value text, separator text) RETURNS text LANGUAGE sql IMMUTABLE
            AS 'SELECT CASE WHEN value IS NULL THEN acc WHEN acc IS NULL THEN value ELSE acc || separator || value END';
        CREATE FUNCTION tact_concat_step(acc text, value text) RETURNS text LANGUAGE sql IMMUTABLE
            AS 'SELECT tact_concat_step(acc, value, '','')';
        CREATE AGGREGATE group_concat(text, text) (SFUNC = tact_concat_step, STYPE = text);
        CREATE AGGREGATE group_concat(text) (SFUNC = tact_concat_step, STYPE = text);
        """;

    /** A new, empty, migrated database of its own; its identity is fresh like a new file's. */
    public Database freshDatabase() {
        String name = prefix + NEXT.incrementAndGet();
        created.add(name);
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        // The copy carries the template's identity row; a new database gets its own, as a new file does.
        run(name, "SET session_replication_role = replica;"
            + " UPDATE database_identity SET id = replace(gen_random_uuid()::text, '-', '')");
        return Database.open(address(name, superuser));
    }

    private void dropCreated() {
        created.add(TEMPLATE);
        for (String name : created) {
            try {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException e) {
                // Best effort while the JVM ends; a name left behind carries this run's pid.
            }
        }
    }

    /** The address of a database on this server for a login. */
    public DatabaseAddress address(String database, String login) {
        return DatabaseAddress.parse("postgresql://" + login + "@" + host + ":" + port + "/" + database);
    }

    /** Runs SQL as the superuser on the server's maintenance database. */
    public void admin(String sql) {
        run("postgres", sql);
    }

    /** Runs SQL as the superuser in one database. */
    public void run(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(
                 "jdbc:postgresql://" + host + ":" + port + "/" + database, superuser, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }
}
