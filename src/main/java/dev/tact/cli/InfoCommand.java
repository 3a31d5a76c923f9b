package dev.tact.cli;

import dev.tact.store.db.DatabaseSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Show the database's path, schema version and what it holds.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseSummary summary = DatabaseSummary.of(root.openForReading());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Database:       %s%n", summary.location());
        out.printf("Schema version: %s%n", summary.schemaVersion());
        out.printf("Stats:          %,d%n", summary.stats());
        out.printf("Campaigns:      %,d%n", summary.campaigns());
        out.printf("Copy lines:     %,d%n", summary.lines());
        out.printf("Decisions:      %,d%n", summary.decisions());
        return 0;
    }
}
