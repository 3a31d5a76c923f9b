package dev.tact.store.team;

import dev.tact.core.Role;
import dev.tact.core.Signer;
import dev.tact.store.StoreFixtures;
import dev.tact.store.TestServer;
import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.TeamSetup;
import dev.tact.store.trail.ReviewerRegistry;
import dev.tact.store.trail.Reviewers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A team's database on the test server, set up as a DBA would: an empty database, {@code tact team
 * init --apply} as the superuser, one login per person with a password, and each person's key
 * enrolled under their login's name by the admin's login. Logins are the server's, so they are
 * shared by every database of the run; each test's database is its own.
 */
public final class TeamFixture {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final TestServer server = TestServer.get();
    private final String name;
    private final Map<String, Signer> keys = new HashMap<>();

    private TeamFixture(String name) {
        this.name = name;
    }

    /** A new empty database with the team setup applied by the superuser. */
    public static TeamFixture create() {
        TeamFixture team = new TeamFixture("tact_team" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet());
        team.server.admin("CREATE DATABASE " + team.name + " TEMPLATE template0 ENCODING 'UTF8'");
        TeamSetup.apply((DatabaseAddress.Server) team.address("postgres"));
        return team;
    }

    public String name() {
        return name;
    }

    public DatabaseAddress address(String login) {
        return server.address(name, login);
    }

    /** The database as a login sees it through Tact. */
    public Database as(String login) {
        return Database.open(address(login));
    }

    /**
     * Makes sure the server has this login, with a password and exactly these group roles.
     * (The test server trusts local connections, so the password is checked only where a server asks.)
     */
    public TeamFixture login(String login, Role... roles) {
        server.admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + login + "') THEN"
            + " CREATE ROLE \"" + login + "\" LOGIN; END IF; END $$");
        server.admin("ALTER ROLE \"" + login + "\" PASSWORD '" + password(login) + "'");
        for (String group : TeamSetup.GROUP_ROLES) {
            boolean wanted = Arrays.stream(roles).anyMatch(role -> TeamSetup.groupRole(role).equals(group));
            server.admin((wanted ? "GRANT " + group + " TO \"" : "REVOKE " + group + " FROM \"") + login + "\"");
        }
        return this;
    }

    /** Enrols a key under the login's name with these roles, signed by the admin login tess. */
    public Signer enrol(String login, Role... roles) {
        ReviewerRegistry registry = new ReviewerRegistry(as("tess"), StoreFixtures.CLOCK);
        Signer key = Reviewers.inMemory();
        Signer admin = keys.computeIfAbsent("tess", ignored -> {
            Signer own = Reviewers.inMemory();
            registry.enrol(own, "tess", "Tess Admin", Set.of(Role.ADMIN), own.publicKey());
            return own;
        });
        if (!login.equals("tess")) {
            registry.enrol(admin, login, login, Set.of(roles), key.publicKey());
            keys.put(login, key);
        }
        return keys.get(login);
    }

    /** A plain JDBC connection as the login, with its password: what psql in their hands would be. */
    public Connection connect(String login) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.host() + ":" + server.port() + "/" + name,
            login, password(login));
    }

    private static String password(String login) {
        return login + "-secret";
    }
}
