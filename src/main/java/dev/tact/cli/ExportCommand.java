package dev.tact.cli;

import dev.tact.report.SignOffReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a campaign's sign-off report: every line, its assessment and decision.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--campaign", required = true, paramLabel = "NAME", description = "The campaign.")
    private String campaign;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "pdf or csv. Default: from the --out file's extension (.pdf or .csv).")
    private SignOffReport.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        int lines;
        try {
            lines = SignOffReport.write(root.openForReading(), campaign, out, Optional.ofNullable(format), root.clock(),
                root.user());
        } catch (SignOffReport.BadTargetException e) {
            throw new ParameterException(spec.commandLine(), "--out " + e.getMessage());
        }
        spec.commandLine().getOut().printf("Wrote the sign-off report for \"%s\" (%d line%s) to %s.%n", campaign,
            lines, lines == 1 ? "" : "s", out);
        return 0;
    }
}
