package dev.tact.cli;

import dev.tact.core.Role;
import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.TeamSetup;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "team", description = {"Set up a team's PostgreSQL server: roles, schema, grants, one login per person.",
    "Without --apply, prints the SQL for a DBA; with --apply, runs it as the --db login (CREATEROLE or superuser)."},
    subcommands = {TeamCommand.Init.class, TeamCommand.AddLogin.class},
    footer = {"", "Exit status: 0 done (or printed), 2 bad usage, or the server refused (nothing of that step kept)."})
final class TeamCommand implements Runnable {
    @ParentCommand
    TactCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    // --apply acts on the server the options name; a file has no logins.
    DatabaseAddress.Server server() {
        if (root.address() instanceof DatabaseAddress.Server server) {
            return server;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--apply needs a team server: give --db"
            + " postgresql://you@host:5432/database (or set TACT_DB), connected as a login with CREATEROLE.");
    }

    // The URL the printed steps name: the server given, else a placeholder to fill in.
    String serverShown() {
        try {
            return root.address() instanceof DatabaseAddress.Server server ? server.display()
                : "postgresql://YOU@HOST:5432/DATABASE";
        } catch (CommandLine.ParameterException e) {
            return "postgresql://YOU@HOST:5432/DATABASE";
        }
    }

    static void printStatements(PrintWriter out, List<String> statements) {
        statements.forEach(sql -> out.println(sql + ";"));
    }

    @Command(name = "init", description = {"Print (or --apply) the team setup: NOLOGIN roles tact_owner (owns the schema;"
        + " only migrations act as it), tact_writer, tact_brand, tact_legal, tact_admin; the schema migrated as"
        + " the owner; the grants and the server's rules.", "Run it again after upgrading Tact: every step is safe"
        + " to repeat."})
    static final class Init implements Callable<Integer> {
        @ParentCommand
        private TeamCommand team;

        @Option(names = "--apply", description = "Run it on the --db server as its login, instead of printing it.")
        private boolean apply;

        @Override
        public Integer call() {
            PrintWriter out = team.spec.commandLine().getOut();
            if (apply) {
                DatabaseAddress.Server server = team.server();
                Database database = TeamSetup.apply(server);
                out.println("The team database " + server.display() + " is set up: roles " + String.join(", ",
                    TeamSetup.GROUP_ROLES) + " under the owner tact_owner, schema version " + database.schemaVersion()
                    + ", grants given. Next, one login per person: tact team add-login NAME --role"
                    + " writer|brand|legal|admin.");
                return 0;
            }
            printScript(out, team.serverShown());
            return 0;
        }

        private static void printScript(PrintWriter out, String server) {
            out.println("-- Tact team setup for " + server + ".");
            out.println("-- Run it with psql, connected to that database as a login with CREATEROLE (or a superuser);");
            out.println("-- that same login migrates the schema as tact_owner. No shared application account:");
            out.println("-- each person signs in as themselves.");
            out.println();
            out.println("-- 1. Roles: the owner and one group role per Tact role (kept if they exist).");
            printStatements(out, TeamSetup.roles());
            out.println();
            out.println("-- 2. The schema, migrated as tact_owner by this same login, from a shell:");
            out.println("--      tact init --no-demo --db " + server);
            out.println();
            out.println("-- 3. Grants: every group reads; each writes only what its work needs. Again after upgrades.");
            printStatements(out, TeamSetup.grants());
            out.println();
            out.println("-- 4. One login per person, then its password in psql (\\password NAME):");
            out.println("--      tact team add-login NAME --role writer|brand|legal|admin");
            out.println("--    and enrol their key under the same name (tact reviewers add --name NAME ...):");
            out.println("--    the server takes a decision only from the login its key is enrolled under.");
        }
    }

    @Command(name = "add-login", description = {"Print (or --apply) CREATE ROLE for one person's login in a group role.",
        "Set its password in psql with \\password NAME: never on a command line."})
    static final class AddLogin implements Callable<Integer> {
        @ParentCommand
        private TeamCommand team;

        @Parameters(index = "0", paramLabel = "NAME", description = "The login: also the reviewer name their key is"
            + " enrolled under.")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "writer, brand, legal or admin.")
        private String role;

        @Option(names = "--apply", description = "Create it on the --db server, instead of printing the SQL.")
        private boolean apply;

        @Override
        public Integer call() {
            PrintWriter out = team.spec.commandLine().getOut();
            Role parsed = parsedRole();
            String sql;
            try {
                sql = TeamSetup.addLogin(name, parsed);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(team.spec.commandLine(), e.getMessage());
            }
            if (!apply) {
                out.println(sql + ";");
                out.println("-- Then, in psql: \\password " + name);
                return 0;
            }
            TeamSetup.applyAddLogin(team.server(), name, parsed);
            out.println("Created the login " + name + " in " + TeamSetup.groupRole(parsed) + ". Set its password in"
                + " psql: \\password " + name + " (never on a command line).");
            return 0;
        }

        private Role parsedRole() {
            try {
                return Role.fromCode(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(team.spec.commandLine(), "--role: " + e.getMessage());
            }
        }
    }
}
