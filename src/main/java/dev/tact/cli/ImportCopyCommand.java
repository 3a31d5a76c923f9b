package dev.tact.cli;

import dev.tact.store.lines.CopyImporter;
import dev.tact.store.files.ImportSource;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import-copy",
    description = {"Import proposed copy lines, all or none, as pending lines to review.",
        "A .csv, .tsv or .xlsx file has the header id,campaign,channel,author,text,stat_ids (only text is"
            + " required; stat_ids separated by ';'). Any other file is plain text, one line of copy per line."})
final class ImportCopyCommand implements Callable<Integer> {
    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The copy file: a table (CSV, TSV, Excel .xlsx) or UTF-8 text.")
    private Path file;

    @Option(names = "--campaign", paramLabel = "NAME",
        description = "Campaign for lines that name none. Default: the file name without extension.")
    private String campaign;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "AUTO",
        description = "AUTO (by extension: .csv, .tsv and .xlsx are tables; a workbook is always one), CSV or TEXT."
            + " Default: ${DEFAULT-VALUE}.")
    private CopyImporter.Format format;

    @Option(names = "--replace",
        description = "Update lines whose id is already in the database; a changed text becomes a new version.")
    private boolean replace;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "The file's text encoding, e.g. windows-1252 for Excel's plain 'CSV'. Default: ${DEFAULT-VALUE}.")
    private Charset encoding;

    @Option(names = "--as-author",
        description = "You wrote these lines: each row's author is your key's name (a row naming another is refused)"
            + " and each version records your key, so you cannot approve them under any name.")
    private boolean asAuthor;

    @picocli.CommandLine.Mixin
    private PassphraseOptions passphrase;

    @Override
    public Integer call() {
        Optional<dev.tact.core.Signer> writer = asAuthor
            ? Optional.of(passphrase.unlock(root.configDirectory(), "Passphrase for your key: ")) : Optional.empty();
        return root.creatingIfNeeded(() -> {
            CopyImporter importer = new CopyImporter(root.openOrCreate(), root.clock(), root.user());
            CopyImporter.Options options = new CopyImporter.Options(Optional.ofNullable(campaign), replace, format);
            return ImportRunner.run(spec.commandLine(), root.clock(), "copy lines",
                progress -> importer.importCopy(ImportSource.ofFile(file).withEncoding(encoding), options, progress,
                    writer));
        });
    }
}
