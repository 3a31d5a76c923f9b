package dev.tact.store.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a team's PostgreSQL database: one login per person (the login is the identity), the
 * schema owned by {@value #OWNER_ROLE} and migrated only by a login that may act as it. A desk
 * whose login may not finds the schema behind and says whom to ask; it never migrates as itself.
 */
public final class TeamServer {
    /** The role that owns the schema; only migrations run as it (see {@code tact team init}). */
    public static final String OWNER_ROLE = "tact_owner";
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    // A statement the server has not answered in this long is taken as the server gone, so the
    // desk shows it is offline instead of hanging; Tact's statements take milliseconds.
    private static final int SOCKET_TIMEOUT_SECONDS = 60;

    private TeamServer() {
    }

    /**
     * Connects, checks the schema and migrates it when this login may act as the owner role.
     *
     * @throws StoreException when the server cannot be reached, refuses the login, holds a newer
     *     schema, or holds an older one this login may not migrate
     */
    static Database open(DatabaseAddress.Server address) {
        PGSimpleDataSource source = dataSource(address, System.getenv());
        int version;
        boolean mayMigrate;
        try (Connection connection = source.getConnection()) {
            version = schemaOf(connection);
            mayMigrate = actsAsOwner(connection);
        } catch (SQLException e) {
            throw new StoreException(unreachable(address, e), e);
        }
        int current = Dialect.POSTGRESQL.currentSchema();
        if (version > current) {
            throw new StoreException("The team database " + address.display() + " was migrated by a newer Tact"
                + " (schema version " + version + "; this Tact knows " + current + "). Upgrade Tact; nothing was changed.");
        }
        if (version == current) {
            return new Database(address, Dialect.POSTGRESQL, source, false, Integer.toString(version));
        }
        if (!mayMigrate && version > 0) {
            throw new StoreException("The team database " + address.display() + " is at schema version " + version
                + " and this Tact needs " + current + ". Ask your Tact admin to run tact team init --apply on it, signed in"
                + " as their own login (only a login that may act as " + OWNER_ROLE + " migrates it).");
        }
        return migrate(address, source, mayMigrate, version == 0);
    }

    private static Database migrate(DatabaseAddress.Server address, PGSimpleDataSource source, boolean asOwner,
            boolean created) {
        try {
            var configuration = Flyway.configure().dataSource(source).locations(Dialect.POSTGRESQL.migrations());
            if (asOwner) {
                // The objects Flyway creates then belong to the owner role, not to whoever ran it.
                configuration.initSql("SET ROLE " + OWNER_ROLE);
            }
            var result = configuration.load().migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            return new Database(address, Dialect.POSTGRESQL, source, created, version);
        } catch (FlywayException e) {
            throw new StoreException(Database.migrationProblem("team database " + address.display(), e), e);
        }
    }

    /**
     * The data source for a server address. The login is the URL's user, else PGUSER, else the
     * operating-system user (as psql does); the password comes from PGPASSWORD, else the driver
     * reads ~/.pgpass (or PGPASSFILE).
     */
    static PGSimpleDataSource dataSource(DatabaseAddress.Server address, Map<String, String> environment) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(address.jdbcUrl());
        source.setUser(login(address, environment));
        Optional.ofNullable(environment.get("PGPASSWORD")).filter(p -> !p.isEmpty()).ifPresent(source::setPassword);
        source.setApplicationName("Tact");
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        return source;
    }

    /** The login a server address connects as: the URL's user, else PGUSER, else the operating-system user. */
    public static String login(DatabaseAddress.Server address, Map<String, String> environment) {
        return Optional.of(address.user()).filter(u -> !u.isEmpty())
            .or(() -> Optional.ofNullable(environment.get("PGUSER")).filter(u -> !u.isBlank()))
            .orElse(System.getProperty("user.name", ""));
    }

    // The highest successful migration; 0 for a database Tact has never set up.
    private static int schemaOf(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT to_regclass('flyway_schema_history') IS NOT NULL");
             ResultSet exists = query.executeQuery()) {
            if (!exists.next() || !exists.getBoolean(1)) {
                return 0;
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success");
             ResultSet versions = query.executeQuery()) {
            return versions.next() ? versions.getInt(1) : 0;
        }
    }

    private static boolean actsAsOwner(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) AND pg_has_role(current_user, ?, 'MEMBER')")) {
            query.setString(1, OWNER_ROLE);
            query.setString(2, OWNER_ROLE);
            try (ResultSet answer = query.executeQuery()) {
                return answer.next() && answer.getBoolean(1);
            }
        } catch (SQLException e) {
            // pg_has_role fails when the role does not exist: then nobody is the owner role.
            if ("42704".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** A sentence for a server that could not be reached or refused the login. */
    static String unreachable(DatabaseAddress address, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            return "The team database " + address.display() + " refused the login: " + firstLine(e.getMessage())
                + ". Check the user name, and the password in ~/.pgpass or PGPASSWORD.";
        }
        if (state.equals("3D000")) {
            return "The server has no database named in " + address.display() + ": " + firstLine(e.getMessage())
                + ". Check the name, or ask your Tact admin to create it (tact team init).";
        }
        return "Could not reach the team database " + address.display() + ": " + firstLine(e.getMessage())
            + ". Is the server running and reachable from here? Nothing was changed.";
    }

    static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).replaceFirst("^(ERROR|FATAL): ", "").replaceAll("[.\\s]+$", "");
    }
}
