package dev.tact.cli;

import dev.tact.core.Band;
import dev.tact.core.CohortLookup;
import dev.tact.score.Assessor;
import dev.tact.score.Precedents;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.lines.CopyFiles;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportSource;
import dev.tact.store.stats.StatLookup;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "score",
    description = {"Assess each line of a copy file: score 0-100, band, cohort size, the four other factors",
        "and the reasons, one record per line in input order. Lines cite stats by stat_ids; with a",
        "database (--db or TACT_DB) the numbers in the text are also matched to stats. Without one",
        "the text alone is assessed."},
    footer = {"", "Exit status: 0 no line reaches --fail-on, 1 some do, 2 bad usage or input.",
        "A line in a language the policy does not cover is 'unassessed': it reaches every --fail-on band",
        "but none (a person must read it), so the default gate fails on it with exit 1.",
        "--format json adds each line's language and its precedents (nearest labelled corpus cases).",
        "With a database, a last column 'disclosure' names the lines each line singles people out together with",
        "(differencing against approved and published lines and the file's own) and the interval of people,",
        "e.g. 'w26-04: 4'; such a line is high. See tact check."})
final class ScoreCommand implements Callable<Integer> {
    private static final int SOME_FAIL = 1;

    /** The band from which a line fails the run. */
    enum FailOn { LOW, MEDIUM, HIGH, NONE }

    @ParentCommand
    private TactCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PolicyOptions policyOptions;

    @Parameters(paramLabel = "FILE", description = "Copy lines: a table (CSV, TSV or .xlsx with id,campaign,channel,author,text,"
        + "stat_ids) or plain text, one line of copy per line; - reads standard input.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
        description = "Output: csv or json. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "AUTO",
        description = "AUTO (by extension; standard input is CSV when its first line is a header naming a text column, else text), CSV or TEXT.")
    private CopyImporter.Format inputFormat;

    @Option(names = "--fail-on", paramLabel = "BAND", defaultValue = "HIGH",
        description = "low, medium, high or none: exit 1 when a line reaches this band (unassessed lines reach"
            + " all but none). Default: high.")
    private FailOn failOn;

    // No default: an unset "$CHANNEL" passed as --channel "" must be refused, not read as "none".
    @Option(names = "--channel", paramLabel = "NAME",
        description = "Channel for lines that name none (billboard, national social, email, in-app).")
    private String channel;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
        description = "The file's text encoding, e.g. windows-1252 for Excel's plain 'CSV'. Default: ${DEFAULT-VALUE}.")
    private Charset encoding;

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format: expected csv or json");
        }
        Optional<Database> database = root.chosenDatabase();
        Assessor assessor = new Assessor(policyOptions.resolve(root.storedPolicy(database), spec.commandLine()));
        if (channel != null && (channel.isBlank() || !assessor.policy().knowsChannel(channel))) {
            spec.commandLine().getErr().println("--channel: " + (channel.isBlank() ? "an empty channel"
                : "unknown channel \"" + channel + "\"") + "; the policy knows " + assessor.policy().knownChannels()
                + " (leave --channel out for lines without one).");
            return 2;
        }
        channel = channel == null ? "" : channel;
        // Nothing reaches standard output until the whole file has been read and every line
        // assessed (and, with a database, checked): a refusal must not leave a plausible, truncated
        // report behind.
        try (HeldOutput held = new HeldOutput();
             CohortLookup lookup = database.map(db -> (CohortLookup) StatLookup.openForBatch(db)).orElse(CohortLookup.NONE)) {
            int status;
            try (AssessmentOutput output = AssessmentOutput.of(format, held.printWriter(),
                () -> Precedents.bundled(assessor), database.isPresent())) {
                ScoreBatches.Target target = new ScoreBatches.Target(output, this::reaches);
                try (ScoreBatches batches = new ScoreBatches(assessor, lookup, channel, target,
                    database.map(db -> new CampaignDisclosure(db, assessor)), HeldLines.IN_MEMORY)) {
                    CopyFiles.read(source(), effectiveInputFormat(), id -> lookup.byId(id).isPresent(),
                        database.isPresent() ? "import it with import-stats first, or fix the id"
                            : "no database was chosen to look it up; pass --db or set TACT_DB", batches::add);
                    // Once the file is read and checked nothing is refused: the held lines go straight out.
                    status = batches.finish(() -> held.passThrough(spec.commandLine().getOut())) > 0 ? SOME_FAIL : 0;
                }
            }
            held.releaseTo(spec.commandLine().getOut());
            return status;
        } catch (ImportFailedException e) {
            return ImportRunner.reportProblems(spec.commandLine(), e, "nothing was scored");
        } catch (ScoreBatches.UnknownChannel e) {
            spec.commandLine().getErr().println(source().name() + ":" + e.row().line() + ": unknown channel \""
                + e.row().channel() + "\" on line " + e.row().id() + "; the policy knows "
                + assessor.policy().knownChannels()
                + ". Fix the channel, or add it to the policy's channels or channelAliases.");
            return 2;
        }
    }

    private boolean reaches(Band band) {
        return failOn != FailOn.NONE && band.ordinal() >= failOn.ordinal();
    }

    private ImportSource source() {
        if (file.equals("-")) {
            java.io.InputStream in = standardInput();
            return new ImportSource("stdin", () -> in, 0, encoding);
        }
        return ImportSource.ofFile(Path.of(file)).withEncoding(encoding);
    }

    private java.io.InputStream stdin;

    // Standard input read once, buffered so its first line can be looked at and put back.
    private java.io.InputStream standardInput() {
        if (stdin == null) {
            stdin = new java.io.BufferedInputStream(System.in, PEEK);
        }
        return stdin;
    }

    // A CSV piped in ("id,text,label…") is a table, not lines of copy: standard input is CSV when its
    // first line is a header naming a text column, else plain text.
    private CopyImporter.Format effectiveInputFormat() {
        if (!file.equals("-") || inputFormat != CopyImporter.Format.AUTO) {
            return inputFormat;
        }
        try {
            java.io.InputStream in = standardInput();
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK - 1);
            in.reset();
            String first = new String(head, encoding).lines().findFirst().orElse("").strip().toLowerCase(java.util.Locale.ROOT);
            boolean header = java.util.Arrays.stream(first.split("[,;\\t]")).map(String::strip)
                .anyMatch(column -> column.equals("text") || column.equals("\"text\""))
                && first.matches(".*[,;\\t].*");
            return header ? CopyImporter.Format.CSV : CopyImporter.Format.TEXT;
        } catch (java.io.IOException e) {
            return CopyImporter.Format.TEXT;
        }
    }

    private static final int PEEK = 64 * 1024;
}
