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

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "pdf or csv. Default: from the --out file's extension (.pdf or .csv).")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Format chosen = format != null ? format : fromExtension();
        refuseTheDatabase();
        SignOffSheet sheet = SignOffSheets.build(root.openForReading(), campaign, root.clock(), root.user());
        if (chosen == Format.PDF) {
            PdfSignOff.write(sheet, out);
        } else {
            CsvSignOff.write(sheet, out);
        }
        spec.commandLine().getOut().printf("Wrote the sign-off report for \"%s\" (%d line%s) to %s.%n", campaign,
            sheet.rows().size(), sheet.rows().size() == 1 ? "" : "s", out);
        return 0;
    }

    // "report.csv" without --format is a CSV: a PDF inside a .csv file is a quiet wrong answer.
    private Format fromExtension() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + out
            + ": name the file .pdf or .csv, or say --format pdf|csv");
    }

    private void refuseTheDatabase() throws IOException {
        java.nio.file.Path database = root.databasePath().toAbsolutePath().normalize();
        java.nio.file.Path target = out.toAbsolutePath().normalize();
        boolean same = target.equals(database) || java.nio.file.Files.exists(target)
            && java.nio.file.Files.exists(database) && java.nio.file.Files.isSameFile(target, database);
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            same |= target.toString().equals(database + suffix);
        }
        if (same) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + out
                + " is the database itself: choose another file for the report");
        }
    }
}
