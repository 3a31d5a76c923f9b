package dev.tact.cli;

import dev.tact.store.Database;
import dev.tact.store.DatabaseLocation;
import dev.tact.store.DemoData;
import dev.tact.store.PolicyStore;
import java.nio.file.Path;
import java.time.Clock;
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
    subcommands = {ImportStatsCommand.class, ImportCopyCommand.class, InfoCommand.class, ScoreCommand.class, EvalCommand.class, PolicyCommand.class,
        DecideCommand.class, VerifyCommand.class, ExportCommand.class, SuggestCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 success, 2 bad usage or bad input (nothing is written)."})
public final class TactCommand implements Runnable {
    private final Clock clock;
    private final DatabaseLocation location;
    private final String user;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
        description = "The database file. Default: $TACT_DB, else the per-user data directory.")
    private Path databasePath;

    @Option(names = "--no-demo", scope = ScopeType.INHERIT,
        description = "Leave a newly created database empty instead of loading the demo data.")
    private boolean noDemo;

    public TactCommand(Clock clock, DatabaseLocation location, String user) {
        this.clock = clock;
        this.location = location;
        this.user = user;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens (creating and seeding if new) the database the options point to. */
    Database openDatabase() {
        return DemoData.open(databasePath(), !noDemo, clock, user);
    }

    /** The database only if the user chose one (--db or TACT_DB): scoring works on text alone. */
    Optional<Database> chosenDatabase() {
        return location.chosen(Optional.ofNullable(databasePath)).map(path -> DemoData.open(path, !noDemo, clock, user));
    }

    /** The policy document stored in the database, if one is open and holds one. */
    Optional<String> storedPolicy(Optional<Database> database) {
        return database.flatMap(db -> new PolicyStore(db, clock, user).current()).map(PolicyStore.Stored::document);
    }

    Path databasePath() {
        return location.resolve(Optional.ofNullable(databasePath));
    }

    Clock clock() {
        return clock;
    }

    String user() {
        return user;
    }
}
