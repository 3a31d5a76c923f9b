package dev.tact.cli;

import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.DatabaseLocation;
import dev.tact.store.db.DemoData;
import dev.tact.store.policy.PolicyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command and the CLI's composition root: where the database and the clock come from. */
@Command(name = "tact",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    scope = ScopeType.INHERIT,
    description = {"Tact: review data-driven ad copy before it quotes your users.",
        "Without a command, opens the review desk."},
    footer = {"", "Exit status: 0 success, 2 bad usage or bad input (nothing is written),",
        "3 another program is writing to the database (try again; nothing is written),",
        "4 the disk is full (free space and try again; nothing is written),",
        "5 the team server cannot be reached (try again when it is back; nothing is written)."})
public final class TactCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Registered by {@link TactCli} rather than in
     * the annotation, so a run can register only the one it uses ({@link Subcommands}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(ImportStatsCommand.class, ImportCopyCommand.class,
        InfoCommand.class, ScoreCommand.class, EvalCommand.class, PolicyCommand.class, DecideCommand.class,
        VerifyCommand.class, ExportCommand.class, SuggestCommand.class, InitCommand.class, KeysCommand.class,
        ReviewersCommand.class, TeamCommand.class, PublishCommand.class, CheckCommand.class,
        CommandLine.HelpCommand.class);

    /**
     * The names of {@link #SUBCOMMANDS}, in the same order, as their {@code @Command} annotations give
     * them: finding the class a run names by its annotation parsed the annotations of every class
     * before it, about 15 ms of a one-line {@code tact score} (SubcommandsTest holds the two equal).
     */
    static final List<String> SUBCOMMAND_NAMES = List.of("import-stats", "import-copy", "info", "score", "eval",
        "policy", "decide", "verify", "export", "suggest", "init", "keys", "reviewers", "team", "publish", "check",
        "help");

    private final Clock clock;
    private final DatabaseLocation location;
    private final String user;
    private final BundledPolicy bundled;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private String databaseOption;

    @Option(names = "--no-demo", scope = ScopeType.INHERIT,
        description = "Leave a newly created database empty instead of loading the demo data.")
    private boolean noDemo;

    private boolean warned;

    // An empty --db (an unset "$DB" in a script) must be refused, not read as "the default database".
    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
        description = {"The database: a file, or a team server as postgresql://user@host/database",
            "(password in ~/.pgpass or PGPASSWORD). Default: $TACT_DB, else the per-user data directory."})
    private void databaseOption(String value) {
        if (value.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db: an empty path; give the database's"
                + " file or server URL, or leave --db out for $TACT_DB or the per-user database");
        }
        databaseOption = value;
    }

    public TactCommand(Clock clock, DatabaseLocation location, String user) {
        this(clock, location, user, BundledPolicy.onDemand());
    }

    TactCommand(Clock clock, DatabaseLocation location, String user, BundledPolicy bundled) {
        this.clock = clock;
        this.location = location;
        this.user = user;
        this.bundled = bundled;
    }

    /** The bundled default policy, read ahead when the run's command assesses lines. */
    dev.tact.core.Policy bundledPolicy() {
        return bundled.get();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Opens the database the options point to, which must exist: a mistyped --db must not quietly
     * become a new, empty database that verifies "0 decisions" in a CI gate.
     *
     * @throws MissingDatabaseException when there is no file there, or it is a directory
     */
    Database openExisting() {
        return address() instanceof DatabaseAddress.Server server ? Database.open(server)
            : DemoData.open(existing(databasePath()), false, clock, user);
    }

    /**
     * Opens the existing database for reading only: it answers while another program writes and
     * works on a read-only copy (info, verify, export, policy show and export).
     */
    Database openForReading() {
        return address() instanceof DatabaseAddress.Server server ? Database.openForReading(server)
            : Database.openForReading(existing(databasePath()));
    }

    /** Opens the database, creating it (with the demo unless --no-demo) when there is none. */
    Database openOrCreate() {
        if (address() instanceof DatabaseAddress.Server server) {
            return DemoData.open(server, !noDemo, clock, user);
        }
        Path path = databasePath();
        refuseDirectory(path);
        warnIfShared(path);
        Database database = DemoData.open(path, !noDemo, clock, user);
        createdHere = database.wasCreated();
        return database;
    }

    // Whether a new file at the path is this run's to remove after a failure. Not when another process
    // made it, nor when another process imported into the file this run made (two imports started at
    // once: a failed command writes nothing, so any import but the demo's is the other's). When this
    // run's open never returned, the file is its unfinished one, and is not opened again to look.
    private boolean ours(Path path) {
        if (createdHere == null) {
            return true;
        }
        if (!createdHere) {
            return false;
        }
        try {
            return !DemoData.holdsImportsBesidesTheDemo(Database.openForReading(path));
        } catch (RuntimeException e) {
            return true;
        }
    }

    // Whether this run's open made the database file, once a database was opened here: another
    // process may make the same new file at the same moment (only one of the two did).
    private Boolean createdHere;

    /**
     * Runs work that may create the database: says so in one line when it did and the work
     * succeeded, and removes the new file again when the work failed, so bad input changes nothing.
     */
    int creatingIfNeeded(java.util.function.IntSupplier work) {
        if (address() instanceof DatabaseAddress.Server) {
            // A server's database is created by its admin (tact team init), never by a command.
            return work.getAsInt();
        }
        Path path = databasePath();
        boolean existed = java.nio.file.Files.exists(path);
        int status;
        try {
            status = work.getAsInt();
        } catch (RuntimeException e) {
            // A full disk or a busy lock ends in an exception (exit 4 or 3, "nothing was changed"):
            // a database this run created must not stay behind half-filled either (one another
            // process created is not this run's to remove).
            if (!existed && ours(path)) {
                discard(path);
            }
            throw e;
        }
        if (!existed && !Boolean.FALSE.equals(createdHere) && java.nio.file.Files.exists(path)) {
            if (status == 0) {
                spec.commandLine().getErr().println("Created a new database at " + path
                    + (noDemo ? " (empty)." : " with the demo data (--no-demo leaves it empty)."));
            } else if (ours(path)) {
                discard(path);
            }
        }
        return status;
    }

    private static void discard(Path path) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of(path + suffix));
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(TactCommand.class).warn("could not remove {}{}", path, suffix, e);
            }
        }
    }

    /** The existing database if there is one where the options point, else none; never creates. */
    Optional<Database> existingIfAny() {
        if (address() instanceof DatabaseAddress.Server server) {
            return Optional.of(Database.openForReading(server));
        }
        Path path = databasePath();
        if (!java.nio.file.Files.isRegularFile(path)) {
            return Optional.empty();
        }
        refuseEmpty(path);
        return Optional.of(Database.openForReading(path));
    }

    /**
     * For reading: the database the user chose (--db or TACT_DB), which must exist, else the default
     * one if there is one. A mistyped --db must not quietly show the bundled policy instead.
     */
    Optional<Database> readableIfAny() {
        return location.chosenAddress(Optional.ofNullable(databaseOption)).isPresent() ? Optional.of(openForReading())
            : existingIfAny();
    }

    /** The database only if the user chose one (--db or TACT_DB), which must exist: scoring works on text alone. */
    Optional<Database> chosenDatabase() {
        return location.chosenAddress(Optional.ofNullable(databaseOption)).map(chosen -> chosen instanceof
            DatabaseAddress.File file ? DemoData.open(existing(file.path()), false, clock, user) : Database.open(chosen));
    }

    private Path existing(Path path) {
        refuseDirectory(path);
        if (!java.nio.file.Files.exists(path)) {
            throw new MissingDatabaseException("no database at " + path + ". Check --db or TACT_DB; to start one,"
                + " run `tact init` (or import stats or copy, which create it).");
        }
        refuseEmpty(path);
        warnIfShared(path);
        return path;
    }

    // An empty file is not a database a command should use: SQLite would make it one, silently, and a
    // read-only command would have written a whole new database (a database is created on purpose:
    // by init or an import, each saying so). A file another process is creating this moment is empty
    // for the few milliseconds before its first page (NewDatabaseFile), so it is given a while first.
    private static void refuseEmpty(Path path) {
        long deadline = System.nanoTime() + EMPTY_FILE_WAIT_MILLIS * 1_000_000L;
        try {
            while (java.nio.file.Files.isRegularFile(path) && java.nio.file.Files.size(path) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new MissingDatabaseException(path + " is an empty file, not a Tact database. Check --db or"
                        + " TACT_DB; to make a database there, remove the empty file and run `tact init`.");
                }
                Thread.sleep(20);
            }
        } catch (java.io.IOException e) {
            // Unreadable: opening it says why.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final long EMPTY_FILE_WAIT_MILLIS = 2_000;

    // Once per run, on standard error (standard output stays the command's answer).
    private void warnIfShared(Path path) {
        if (!warned) {
            warned = true;
            dev.tact.store.db.SharedFolderCheck.warningFor(path)
                .ifPresent(warning -> spec.commandLine().getErr().println("tact: warning: " + warning));
        }
    }

    private static void refuseDirectory(Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            throw new MissingDatabaseException(path + " is a directory, not a Tact database file.");
        }
    }

    /** The reviewer's configuration directory: key, pinned reviewers, kept checkpoints. */
    Path configDirectory() {
        return location.configDirectory();
    }

    /** The policy document stored in the database, if one is open and holds one. */
    Optional<String> storedPolicy(Optional<Database> database) {
        return database.flatMap(db -> new PolicyStore(db, clock, user).current()).map(PolicyStore.Stored::document);
    }

    /**
     * The database the options name: a file or a team server.
     *
     * @throws CommandLine.ParameterException when --db or TACT_DB is a malformed server URL
     */
    DatabaseAddress address() {
        try {
            return location.address(Optional.ofNullable(databaseOption));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The database file the options name.
     *
     * @throws CommandLine.ParameterException when they name a team server, which has no file
     */
    Path databasePath() {
        if (address() instanceof DatabaseAddress.File file) {
            return file.path();
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "this needs a database file, and "
            + address().display() + " is a team server.");
    }

    Clock clock() {
        return clock;
    }

    String user() {
        return user;
    }
}
