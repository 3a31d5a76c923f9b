package dev.tact.cli;

import dev.tact.report.CsvSignOff;
import dev.tact.report.PdfSignOff;
import dev.tact.report.SignOffSheet;
import dev.tact.report.SignOffSheets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a campaign's sign-off report: every line, its assessment and decision.")
final class ExportCommand implements Callable<Integer> {
    /** Report formats. */
    enum Format { PDF, CSV }

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--campaign", required = true, paramLabel = "NAME", description = "The campaign.")
    private String campaign;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "PDF", description = "pdf or csv. Default: pdf.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        SignOffSheet sheet = SignOffSheets.build(root.openExisting(), campaign, root.clock(), root.user());
        if (format == Format.PDF) {
            PdfSignOff.write(sheet, out);
        } else {
            CsvSignOff.write(sheet, out);
        }
        spec.commandLine().getOut().printf("Wrote the sign-off report for \"%s\" (%d line%s) to %s.%n", campaign,
            sheet.rows().size(), sheet.rows().size() == 1 ? "" : "s", out);
        return 0;
    }
}
