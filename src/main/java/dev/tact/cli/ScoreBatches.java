package dev.tact.cli;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.store.lines.CopyRow;
import dev.tact.store.release.CampaignDisclosure;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code tact score}'s lines assessed on all cores in chunks and written in input order (an
 * {@link OrderedPool}). With a database the whole file is held ({@link HeldLines}: each line's figure
 * on the heap, the rest on disk past a bound) until it is checked for differencing against what is
 * released and against itself, then written with its disclosure column.
 */
final class ScoreBatches implements AutoCloseable {
    // Lines a worker takes at once, and chunks in flight before the reader waits for the oldest:
    // enough to keep both cores busy while this thread reads and writes, few enough that memory
    // stays flat in file size (at most about 8,300 lines in flight).
    private static final int CHUNK = 128;
    private static final int IN_FLIGHT = 64;
    private final Assessor assessor;
    private final CohortLookup lookup;
    private final String defaultChannel;
    private final AssessmentOutput output;
    private final Predicate<Band> fails;
    private final Optional<CampaignDisclosure> disclosure;
    private final HeldLines held;
    private final OrderedPool<CopyRow, Scored> pool;
    private int failing;

    /**
     * What a worker makes of a line: without a database its band and either its record made ahead
     * (the assessment itself is then let go at once: some 8,000 lines are in flight, and holding their
     * assessments made the young collections copy them) or, for JSON, its assessment; with a database,
     * its entry.
     */
    private record Scored(Assessment assessment, Band band, String record, HeldLines.Entry entry) {
    }

    /** The rows to assess and where the results go. */
    record Target(AssessmentOutput output, Predicate<Band> fails) {
    }

    /**
     * @param defaultChannel the channel of rows that name none, "" for the policy's default
     * @param disclosure     present with a database: the file is checked for differencing before it is written
     * @param heldInMemory   bytes of held lines kept in memory before they go to a temporary file
     */
    ScoreBatches(Assessor assessor, CohortLookup lookup, String defaultChannel, Target target,
                 Optional<CampaignDisclosure> disclosure, int heldInMemory) {
        this.assessor = assessor;
        this.lookup = lookup;
        this.defaultChannel = defaultChannel;
        this.output = target.output();
        this.fails = target.fails();
        this.disclosure = disclosure;
        this.held = disclosure.isPresent() ? new HeldLines(heldInMemory) : null;
        this.pool = new OrderedPool<>(threads(), CHUNK, IN_FLIGHT, this::assess, this::assessed);
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Queues a row.
     *
     * @throws UnknownChannel when the row names a channel the policy does not know
     */
    void add(CopyRow row) {
        if (!row.channel().isEmpty() && !assessor.policy().knowsChannel(row.channel())) {
            throw new UnknownChannel(row);
        }
        pool.add(row);
    }

    /**
     * Writes every line still being assessed; call once after the last row. With a database the
     * held lines are then checked for differencing and written with their disclosure column.
     *
     * @param checked run with a database once the whole file has been read and checked, before the
     *                held lines are written (nothing can be refused after it)
     * @return the lines that reach the failing band, after any raise by a finding
     */
    int finish(Runnable checked) {
        pool.finish();
        if (held != null) {
            CampaignDisclosure.FileFindings findings = disclosure.get().checkFigures(held.figures());
            checked.run();
            // Read back on the workers too, written in order on this thread: the end of the run is
            // otherwise one thread's work while the others wait.
            try (OrderedPool<byte[], HeldLines.Line> lines = new OrderedPool<>(threads(), CHUNK, IN_FLIGHT,
                HeldLines::line, (bytes, line) -> writeChecked(line, findings))) {
                held.replay(lines::add);
                lines.finish();
            }
        }
        return failing;
    }

    @Override
    public void close() {
        pool.close();
        if (held != null) {
            held.close();
        }
    }

    // On a worker thread: the record is formatted here too, so that the reading thread only writes.
    private Scored assess(CopyRow row) {
        Assessment assessment = assessment(row);
        if (held == null) {
            String record = output.record(row.id(), assessment);
            return new Scored(record == null ? assessment : null, assessment.band(), record, null);
        }
        String record = output.record(row.id(), assessment);
        return new Scored(null, null, null, HeldLines.entry(row, assessment, record));
    }

    private Assessment assessment(CopyRow row) {
        List<Stat> cited = row.statIds().stream().map(lookup::byId).flatMap(Optional::stream).toList();
        return assessor.assess(row.text(), cited, lookup, row.channel().isEmpty() ? defaultChannel : row.channel());
    }

    // On the reading thread, in input order.
    private void assessed(CopyRow row, Scored scored) {
        if (held != null) {
            held.add(scored.entry());
        } else if (scored.record() != null) {
            output.writeRecord(scored.record());
            failing += fails.test(scored.band()) ? 1 : 0;
        } else {
            write(row.id(), row.text(), scored.assessment(), "");
        }
    }

    // A line in no finding keeps its assessment, so the record made ahead is its record. A line whose
    // assessment was not held (no figure, but its id repeated by a line in a finding) is assessed
    // again: the same row against the same lookup gives the same assessment.
    private void writeChecked(HeldLines.Line line, CampaignDisclosure.FileFindings findings) {
        String id = line.id();
        if (line.record() != null && findings.of(id).isEmpty()) {
            output.writeRecord(line.record());
            failing += fails.test(line.band()) ? 1 : 0;
            return;
        }
        CopyRow row = line.row();
        Assessment assessment = line.assessment().orElseGet(() -> assessment(row));
        CampaignDisclosure.Checked checked = findings.checked(new CampaignDisclosure.Checked(id, row.text(),
            assessment, List.of()));
        write(id, row.text(), checked.assessment(), String.join("; ",
            checked.findings().stream().map(finding -> finding.brief(id)).toList()));
    }

    private void write(String id, String text, Assessment assessment, String disclosed) {
        output.write(id, text, assessment, disclosed);
        failing += fails.test(assessment.band()) ? 1 : 0;
    }

    /** A row naming a channel the policy does not know: the run stops rather than use the default floor. */
    static final class UnknownChannel extends RuntimeException {
        private final transient CopyRow row;

        UnknownChannel(CopyRow row) {
            super(null, null, false, false);
            this.row = row;
        }

        CopyRow row() {
            return row;
        }
    }
}
