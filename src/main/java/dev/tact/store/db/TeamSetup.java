package dev.tact.store.db;

import dev.tact.core.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a DBA runs to give a team its server: the roles, the owner's migration, the grants; and one
 * login per person. The same SQL is printed for a DBA ({@link #roles()}, {@link #grants()}) and run
 * by {@link #apply}, so what {@code tact team init} shows is what it does. There is no shared
 * application account: each person's login is their identity, and the server's rules
 * (db/migration/postgresql/V7) hold it to that.
 */
public final class TeamSetup {
    /** The group roles a login is put in, one per {@link Role}. */
    public static final List<String> GROUP_ROLES = Stream.of(Role.values()).map(TeamSetup::groupRole).toList();
    private static final String ALL_GROUPS = String.join(", ", GROUP_ROLES);
    // A login becomes the reviewer name decisions are checked against; these need no surprises
    // when quoted, and fit PostgreSQL's 63-byte identifiers.
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9_][a-z0-9_.@-]{0,62}");
    private static final String PERMISSION_DENIED = "42501";
    private static final String DUPLICATE_OBJECT = "42710";

    private TeamSetup() {
    }

    /** The group role for a Tact role: {@code tact_writer}, {@code tact_brand}, … */
    public static String groupRole(Role role) {
        return "tact_" + role.code();
    }

    /**
     * Step 1, before the schema exists: the owner and group roles (NOLOGIN, created only if missing,
     * so a second database on the same server reuses them), the owner's right to create in the
     * schema, and the running login made a member of the owner so that it migrates as the owner.
     */
    public static List<String> roles() {
        String names = Stream.concat(Stream.of(TeamServer.OWNER_ROLE), GROUP_ROLES.stream())
            .map(role -> "'" + role + "'").collect(Collectors.joining(", "));
        return List.of("""
            DO $$
            DECLARE role_name text;
            BEGIN
                FOREACH role_name IN ARRAY ARRAY[%s] LOOP
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
                        EXECUTE format('CREATE ROLE %%I NOLOGIN', role_name);
                    END IF;
                END LOOP;
                -- Only the owner creates objects in Tact's schema.
                EXECUTE format('REVOKE CREATE ON SCHEMA %%I FROM PUBLIC', current_schema());
                EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %%I TO %s', current_schema());
            END
            $$""".formatted(names, TeamServer.OWNER_ROLE),
            "GRANT " + TeamServer.OWNER_ROLE + " TO CURRENT_USER");
    }

    /**
     * Step 3, after each migration: reading for every group, and only the writes each role's work
     * runs (imports and edits for writers, decisions and their status for brand and legal, the
     * registry and policies for admins). Nobody may change or remove a decision, checkpoint,
     * registry entry or policy version.
     */
    public static List<String> grants() {
        return List.of(
            inSchema("GRANT USAGE ON SCHEMA %I TO " + ALL_GROUPS),
            inSchema("GRANT SELECT ON ALL TABLES IN SCHEMA %I TO " + ALL_GROUPS),
            // Identity columns (import_log, campaign, checkpoint ids, copy_line's rowid) draw on these.
            inSchema("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO " + ALL_GROUPS),
            // Tables a later migration adds are readable at once; their writes come with the next grants.
            "ALTER DEFAULT PRIVILEGES FOR ROLE " + TeamServer.OWNER_ROLE + " GRANT SELECT ON TABLES TO " + ALL_GROUPS,
            "ALTER DEFAULT PRIVILEGES FOR ROLE " + TeamServer.OWNER_ROLE + " GRANT USAGE ON SEQUENCES TO " + ALL_GROUPS,
            "GRANT INSERT ON import_log, stat, campaign, copy_line, copy_line_version, copy_line_stat TO tact_writer",
            // ImportLog, StatBatchWriter's ON CONFLICT, CopyLineWriter and LineEditor: exactly these columns.
            "GRANT UPDATE (sha256, rows) ON import_log TO tact_writer",
            "GRANT UPDATE (description, cohort_size, base_size, period, source, dims, dim_count, import_id,"
                + " source_line) ON stat TO tact_writer",
            "GRANT UPDATE (name) ON campaign TO tact_writer",
            "GRANT UPDATE (campaign_id, channel, author, updated_at, stale_reason, status, current_version)"
                + " ON copy_line TO tact_writer",
            "GRANT UPDATE (origin) ON copy_line_version TO tact_writer",
            "GRANT INSERT ON decision, checkpoint TO tact_brand, tact_legal",
            // The ledger moves the line's status with the decision.
            "GRANT UPDATE (status, stale_reason, updated_at) ON copy_line TO tact_brand, tact_legal",
            "GRANT INSERT ON reviewer_entry, policy_version TO tact_admin",
            // Marking a line published (issue #14): whoever runs the campaign, writers and reviewers alike.
            "GRANT INSERT ON publication TO tact_writer, tact_brand, tact_legal");
    }

    // GRANT … ON SCHEMA takes a name, not an expression; Tact's schema is the session's current one.
    private static String inSchema(String grant) {
        return "DO $$ BEGIN EXECUTE format('" + grant + "', current_schema()); END $$";
    }

    /**
     * A person's login in one group role; the DBA then sets its password with psql's
     * {@code \password}, so it is never on a command line.
     *
     * @throws IllegalArgumentException when the name is not a plain lower-case login name
     */
    public static String addLogin(String name, Role role) {
        return "CREATE ROLE " + quoted(name) + " LOGIN IN ROLE " + groupRole(role);
    }

    /** The login name as an identifier; names are checked, so quoting is only for dots and dashes. */
    static String quoted(String name) {
        if (!LOGIN.matcher(name).matches()) {
            throw new IllegalArgumentException("The login name \"" + name + "\" is not one Tact takes: use lower-case"
                + " letters, digits, _ . @ or -, at most 63 characters (it is also the reviewer name keys are"
                + " enrolled under).");
        }
        return "\"" + name + "\"";
    }

    /**
     * Runs the whole setup as the address's login: roles, migration as the owner, grants.
     *
     * @throws StoreException when the server cannot be reached or the login may not create roles,
     *     migrate or grant; the message says what to ask the DBA for
     */
    public static Database apply(DatabaseAddress.Server address) {
        run(address, roles(), "set up the team roles");
        Database database = Database.open(address);
        run(address, grants(), "grant the team roles their rights");
        return database;
    }

    /**
     * Creates a login as the address's login.
     *
     * @throws StoreException when the login exists, the group role is missing or creating it is not allowed
     */
    public static void applyAddLogin(DatabaseAddress.Server address, String name, Role role) {
        run(address, List.of(addLogin(name, role)), "add the login " + name);
    }

    private static void run(DatabaseAddress.Server address, List<String> statements, String doing) {
        PGSimpleDataSource source = TeamServer.dataSource(address, System.getenv());
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new StoreException(failure(address, doing, e), e);
        }
    }

    private static String failure(DatabaseAddress.Server address, String doing, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08") || state.startsWith("28") || state.equals("3D000")) {
            return TeamServer.unreachable(address, e);
        }
        String reason = TeamServer.firstLine(e.getMessage());
        if (state.equals(PERMISSION_DENIED)) {
            return "Could not " + doing + " on " + address.display() + ": " + reason + ". The login needs CREATEROLE"
                + " (or superuser) there; this step was rolled back. Run the command without --apply to print the"
                + " SQL for your DBA.";
        }
        if (state.equals(DUPLICATE_OBJECT)) {
            return "Could not " + doing + " on " + address.display() + ": " + reason + ". Nothing was changed.";
        }
        return "Could not " + doing + " on " + address.display() + ": " + reason + ". This step was rolled back;"
            + " running the command again is safe.";
    }
}
