package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.Precedents;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.lines.CopyFiles;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.lines.CopyRow;
import dev.tact.store.db.Database;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportSource;
import dev.tact.store.stats.StatLookup;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
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
        // assessed: a refusal must not leave a plausible, truncated report behind.
        try (HeldOutput held = new HeldOutput();
             CohortLookup lookup = database.map(db -> (CohortLookup) StatLookup.openForBatch(db)).orElse(CohortLookup.NONE)) {
            int status;
            try (AssessmentOutput output = AssessmentOutput.of(format, held.printWriter(),
                () -> Precedents.bundled(assessor), database.isPresent())) {
                try (Batches batches = new Batches(assessor, lookup, output,
                    database.map(db -> new CampaignDisclosure(db, assessor)))) {
                    CopyFiles.read(source(), effectiveInputFormat(), id -> lookup.byId(id).isPresent(),
                        database.isPresent() ? "import it with import-stats first, or fix the id"
                            : "no database was chosen to look it up; pass --db or set TACT_DB", batches::add);
                    batches.finish();
                    status = batches.failing > 0 ? SOME_FAIL : 0;
                }
            }
            held.releaseTo(spec.commandLine().getOut());
            return status;
        } catch (ImportFailedException e) {
            return ImportRunner.reportProblems(spec.commandLine(), e);
        } catch (UnknownChannel e) {
            spec.commandLine().getErr().println(source().name() + ":" + e.row.line() + ": unknown channel \""
                + e.row.channel() + "\" on line " + e.row.id() + "; the policy knows "
                + assessor.policy().knownChannels()
                + ". Fix the channel, or add it to the policy's channels or channelAliases.");
            return 2;
        }
    }

    /**
     * Lines assessed on all cores in chunks and written in input order (an {@link OrderedPool}). With a
     * database the whole file is held until it is checked for differencing against what is released
     * (and against itself), then written with its disclosure column.
     */
    private final class Batches implements AutoCloseable {
        // Lines a worker takes at once, and chunks in flight before the reader waits for the oldest:
        // enough to keep both cores busy while this thread reads and writes, few enough that memory
        // stays flat in file size (at most about 8,300 lines held without a database).
        private static final int CHUNK = 128;
        private static final int IN_FLIGHT = 64;
        private final Assessor assessor;
        private final CohortLookup lookup;
        private final AssessmentOutput output;
        private final Optional<CampaignDisclosure> disclosure;
        private final OrderedPool<CopyRow, Scored> pool;
        private final List<Assessed> held = new java.util.ArrayList<>();
        private int failing;

        /** A row and its assessment, held for the differencing check. */
        private record Assessed(CopyRow row, Assessment assessment) {
        }

        /** An assessment and, when the output makes records ahead, its record (else null). */
        private record Scored(Assessment assessment, String record) {
        }

        Batches(Assessor assessor, CohortLookup lookup, AssessmentOutput output,
                Optional<CampaignDisclosure> disclosure) {
            this.assessor = assessor;
            this.lookup = lookup;
            this.output = output;
            this.disclosure = disclosure;
            this.pool = new OrderedPool<>(Runtime.getRuntime().availableProcessors(), CHUNK, IN_FLIGHT,
                this::assess, this::assessed);
        }

        void add(CopyRow row) {
            if (!row.channel().isEmpty() && !assessor.policy().knowsChannel(row.channel())) {
                throw new UnknownChannel(row);
            }
            pool.add(row);
        }

        /**
         * Writes every line still being assessed; call once after the last row. With a database the
         * held lines are then checked for differencing and written with their disclosure column.
         */
        void finish() {
            pool.finish();
            if (disclosure.isEmpty()) {
                return;
            }
            List<CampaignDisclosure.Checked> checked = disclosure.get().checkFile(held.stream().map(line ->
                new CampaignDisclosure.Checked(line.row().id(), line.row().text(), line.assessment(), List.of()))
                .toList());
            for (int i = 0; i < held.size(); i++) {
                CampaignDisclosure.Checked line = checked.get(i);
                write(held.get(i).row(), line.assessment(), String.join("; ",
                    line.findings().stream().map(finding -> finding.brief(line.lineId())).toList()));
            }
        }

        @Override
        public void close() {
            pool.close();
        }

        // On a worker thread: the record is formatted here too, so that the reading thread only writes.
        private Scored assess(CopyRow row) {
            List<Stat> cited = row.statIds().stream().map(lookup::byId).flatMap(Optional::stream).toList();
            Assessment assessment = assessor.assess(row.text(), cited, lookup,
                row.channel().isEmpty() ? channel : row.channel());
            return new Scored(assessment, output.record(row.id(), assessment));
        }

        // On the reading thread, in input order.
        private void assessed(CopyRow row, Scored scored) {
            if (disclosure.isPresent()) {
                held.add(new Assessed(row, scored.assessment()));
            } else if (scored.record() != null) {
                output.writeRecord(scored.record());
                failing += reaches(scored.assessment().band()) ? 1 : 0;
            } else {
                write(row, scored.assessment(), "");
            }
        }

        private void write(CopyRow row, Assessment assessment, String disclosed) {
            output.write(row.id(), row.text(), assessment, disclosed);
            failing += reaches(assessment.band()) ? 1 : 0;
        }
    }

    /** A row naming a channel the policy does not know: the run stops rather than use the default floor. */
    private static final class UnknownChannel extends RuntimeException {
        private final transient CopyRow row;

        UnknownChannel(CopyRow row) {
            super(null, null, false, false);
            this.row = row;
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
