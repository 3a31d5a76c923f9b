package dev.tact.cli;

import dev.tact.store.files.ImportSource;
import dev.tact.store.stats.StatsImporter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-stats",
    description = {"Import aggregated stats from a CSV, TSV or Excel (.xlsx) file, all rows or none.",
        "Columns: id, description, cohort_size (required); base_size, period, source, dim_<name>."})
final class ImportStatsCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The stats file: CSV or TSV (header row; ',', ';' or tab-separated) or an .xlsx"
        + " workbook (the one visible sheet with this header).")
    private Path file;

    @Option(names = "--replace", description = "Update stats whose id is already in the database.")
    private boolean replace;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "The file's text encoding, e.g. windows-1252 for Excel's plain 'CSV'. Default: ${DEFAULT-VALUE}.")
    private Charset encoding;

    @Override
    public Integer call() {
        return root.creatingIfNeeded(() -> {
            StatsImporter importer = new StatsImporter(root.openOrCreate(), root.clock(), root.user());
            return ImportRunner.run(spec.commandLine(), root.clock(), "stats",
                progress -> importer.importStats(ImportSource.ofFile(file).withEncoding(encoding), replace, progress));
        });
    }
}
