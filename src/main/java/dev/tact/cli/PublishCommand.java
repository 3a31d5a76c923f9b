package dev.tact.cli;

import dev.tact.store.release.Publications;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "publish",
    description = {"Mark a line published: its current version ran on a day. Published lines are what later",
        "campaigns are checked against for differencing (tact check). The record is append-only."})
final class PublishCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--line", required = true, paramLabel = "ID", description = "The line that ran.")
    private String line;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The day it ran.")
    private String date;

    @Override
    public Integer call() {
        Publications.Publication publication;
        try {
            publication = new Publications(root.openExisting(), root.clock(), root.user()).publish(line, date);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--date: " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Marked %s (version %d) published on %s.%n", publication.lineId(),
            publication.version(), publication.publishedOn());
        return 0;
    }
}
