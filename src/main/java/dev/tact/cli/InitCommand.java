package dev.tact.cli;

import dev.tact.store.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "init",
    description = {"Create the database (with the demo data unless --no-demo). Commands that read or decide",
        "refuse a database that does not exist; this, the desk's first start and the imports create one."},
    footer = {"", "Exit status: 0 created or already there, 2 bad usage."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (root.address() instanceof dev.tact.store.db.DatabaseAddress.Server server) {
            Database database = root.openOrCreate();
            spec.commandLine().getOut().println("The team database " + server.display() + " is at schema version "
                + database.schemaVersion() + (database.wasCreated() ? " (set up now)." : "; nothing changed."));
            return 0;
        }
        Path path = root.databasePath();
        if (Files.isRegularFile(path)) {
            sayAlreadyThere(path, root.openExisting());
            return 0;
        }
        return root.creatingIfNeeded(() -> {
            Database database = root.openOrCreate();
            if (!database.wasCreated()) {
                // Another process made the file between the look above and this open: say what is there.
                sayAlreadyThere(path, database);
            }
            return 0;
        });
    }

    private void sayAlreadyThere(Path path, Database database) {
        spec.commandLine().getOut().println("A database is already at " + path + " (schema version "
            + database.schemaVersion() + "); nothing changed.");
    }
}
