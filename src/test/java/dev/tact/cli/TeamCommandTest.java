package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.TestServer;
import dev.tact.store.db.DatabaseLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code tact team}: the setup a DBA reads, and the same setup run on a real server. */
@Tag("team")
class TeamCommandTest {
    private static final AtomicInteger NEXT = new AtomicInteger();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC),
            new DatabaseLocation(Map.of("TACT_CONFIG", dir.resolve("config").toString()), "Linux", dir), "dba");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void initPrintsTheSetupInOrderForADba() {
        assertEquals(0, run("team", "init"));

        String script = out.toString();
        assertThat(script).contains("EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);",
            "GRANT tact_owner TO CURRENT_USER;", "--      tact init --no-demo --db postgresql://YOU@HOST:5432/DATABASE",
            "GRANT INSERT ON decision, checkpoint TO tact_brand, tact_legal;",
            "--      tact team add-login NAME --role writer|brand|legal|admin");
        assertThat(script.indexOf("GRANT tact_owner")).isLessThan(script.indexOf("tact init --no-demo"));
        assertThat(script.indexOf("tact init --no-demo")).isLessThan(script.indexOf("GRANT INSERT"));
        assertThat(script).doesNotContainIgnoringCase("password '");
    }

    @Test
    void initAppliedMakesTheOwnerOwnTheSchemaAndCanRunAgain() throws SQLException {
        String database = emptyDatabase();
        String url = "postgresql://postgres@" + server().host() + ":" + server().port() + "/" + database;

        assertEquals(0, run("team", "init", "--apply", "--db", url), err.toString());
        assertThat(out.toString()).startsWith("The team database " + url + " is set up: roles tact_writer, tact_brand,"
            + " tact_legal, tact_admin under the owner tact_owner, schema version "
            + dev.tact.store.db.Dialect.POSTGRESQL.currentSchema() + ", grants given.");
        assertEquals(0, run("team", "init", "--apply", "--db", url), err.toString());
        assertEquals("tact_owner", query(database, "SELECT string_agg(DISTINCT tableowner, ',') FROM pg_tables"
            + " WHERE schemaname = 'public'"));
        assertEquals("INSERT,SELECT", query(database, "SELECT string_agg(privilege_type, ',' ORDER BY privilege_type)"
            + " FROM information_schema.role_table_grants WHERE grantee = 'tact_legal' AND table_name = 'decision'"));
    }

    @Test
    void applyNeedsAServerAndALoginThatMayCreateRoles() {
        assertEquals(2, run("team", "init", "--apply", "--db", dir.resolve("t.db").toString()));
        assertThat(err.toString()).contains("--apply needs a team server");

        server().admin("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plain_login') THEN"
            + " CREATE ROLE plain_login LOGIN; END IF; END $$");
        String url = "postgresql://plain_login@" + server().host() + ":" + server().port() + "/" + emptyDatabase();
        assertEquals(2, run("team", "init", "--apply", "--db", url));
        assertThat(err.toString()).startsWith("tact: Could not set up the team roles on " + url + ": ")
            .contains("The login needs CREATEROLE (or superuser) there").doesNotContain("Where:", "\tat ");
    }

    @Test
    void addLoginPrintsOrCreatesOneLoginInOneGroupRole() throws SQLException {
        assertEquals(0, run("team", "add-login", "lee.legal", "--role", "legal"));
        assertEquals("CREATE ROLE \"lee.legal\" LOGIN IN ROLE tact_legal;\n-- Then, in psql: \\password lee.legal\n",
            out.toString());

        String database = emptyDatabase();
        String url = "postgresql://postgres@" + server().host() + ":" + server().port() + "/" + database;
        assertEquals(0, run("team", "init", "--apply", "--db", url), err.toString());
        String login = "lee" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        assertEquals(0, run("team", "add-login", login, "--role", "legal", "--apply", "--db", url), err.toString());
        assertEquals("true,false", query(database, "SELECT pg_has_role('" + login + "', 'tact_legal', 'MEMBER') || ','"
            + " || pg_has_role('" + login + "', 'tact_brand', 'MEMBER')"));
        assertEquals(2, run("team", "add-login", login, "--role", "legal", "--apply", "--db", url));
        assertEquals("tact: Could not add the login " + login + " on " + url + ": role \"" + login + "\" already exists."
            + " Nothing was changed.\n", err.toString());
    }

    @Test
    void addLoginRefusesANameOrRoleTactCannotUse() {
        assertEquals(2, run("team", "add-login", "Robert'); DROP", "--role", "writer"));
        assertThat(err.toString()).contains("is not one Tact takes");
        assertEquals(2, run("team", "add-login", "lee", "--role", "boss"));
        assertThat(err.toString()).contains("--role: unknown role \"boss\"");
    }

    private static TestServer server() {
        return TestServer.get();
    }

    private static String emptyDatabase() {
        String name = "tact_cli" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        server().admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        return name;
    }

    private static String query(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server().host() + ":"
                + server().port() + "/" + database, "postgres", "");
             var statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
