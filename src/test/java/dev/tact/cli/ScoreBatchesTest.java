package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Assessment;
import dev.tact.core.Band;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.DisclosureCheck;
import dev.tact.score.DisclosureFinding;
import dev.tact.score.PolicyCodec;
import dev.tact.score.Precedents;
import dev.tact.score.ReleasedFigure;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;
import dev.tact.store.lines.CopyRow;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.store.stats.StatLookup;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a database, {@code tact score} holds a file's lines as figures on the heap and bytes in memory
 * or on disk until the differencing check has run. Whether the held lines stay in memory or go to a
 * temporary file, the output must be the one the former path wrote: every line assessed and held whole,
 * the file checked, each line written with its findings (raised to high) and its disclosure column.
 */
class ScoreBatchesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database database;
    private Assessor assessor;

    @BeforeEach
    void demoDatabase() {
        database = DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");
        assessor = new Assessor(PolicyCodec.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void heldLinesWriteTheSameWhetherSpilledOrNot(String format) throws IOException {
        List<CopyRow> rows = deck();

        String spilled = batched(rows, format, 0);
        String inMemory = batched(rows, format, Integer.MAX_VALUE);

        assertEquals(held(rows, format), spilled);
        assertEquals(spilled, inMemory);
    }

    @org.junit.jupiter.api.Test
    void theDeckHasLinesRaisedByFindingsAndALineRaisedOnlyByTheIdItRepeats() throws IOException {
        String written = batched(deck(), "csv", 0);

        // A demo line in a finding, and the line stating no figure under its id: high, no cohort, the finding.
        assertThat(written).contains("Together with");
        assertThat(written.lines().filter(line -> line.matches("w26-\\d+,\\d+,high,,.*Together with.*")).count())
            .isPositive();
    }

    // What tact score wrote before lines were held as bytes: every assessment held on the heap, the
    // file checked, then each line written with its own findings.
    private String held(List<CopyRow> rows, String format) {
        StringWriter written = new StringWriter();
        try (StatLookup lookup = StatLookup.open(database);
             AssessmentOutput output = AssessmentOutput.of(format, new PrintWriter(written),
                 () -> Precedents.bundled(assessor), true)) {
            List<CampaignDisclosure.Checked> assessed = new ArrayList<>();
            for (CopyRow row : rows) {
                List<Stat> cited = row.statIds().stream().map(lookup::byId).flatMap(Optional::stream).toList();
                Assessment assessment = assessor.assess(row.text(), cited, lookup, row.channel());
                assessed.add(new CampaignDisclosure.Checked(row.id(), row.text(), assessment, List.of()));
            }
            List<ReleasedFigure> figures = new ArrayList<>();
            assessed.forEach(line -> ReleasedFigure.of(line.lineId(), line.text(), line.assessment(),
                ReleasedFigure.Release.UNDER_REVIEW).ifPresent(figures::add));
            List<DisclosureFinding> findings = new CampaignDisclosure(database, assessor).against(figures);
            for (CampaignDisclosure.Checked line : assessed) {
                List<DisclosureFinding> own = DisclosureCheck.byLine(findings).getOrDefault(line.lineId(), List.of());
                output.write(line.lineId(), line.text(), DisclosureCheck.withFindings(line.assessment(),
                    line.lineId(), own), String.join("; ", own.stream().map(f -> f.brief(line.lineId())).toList()));
            }
        }
        return written.toString();
    }

    private String batched(List<CopyRow> rows, String format, int heldInMemory) {
        StringWriter written = new StringWriter();
        try (StatLookup lookup = StatLookup.openForBatch(database);
             AssessmentOutput output = AssessmentOutput.of(format, new PrintWriter(written),
                 () -> Precedents.bundled(assessor), true)) {
            ScoreBatches.Target target = new ScoreBatches.Target(output, band -> band == Band.HIGH);
            try (ScoreBatches batches = new ScoreBatches(assessor, lookup, "", target,
                Optional.of(new CampaignDisclosure(database, assessor)), heldInMemory)) {
                rows.forEach(batches::add);
                assertThat(batches.finish(() -> { })).isPositive();
            }
        }
        return written.toString();
    }

    // The demo copy (lines citing stats, some of them differencing), lines repeating their ids, and
    // lines matching demo stats by their numbers, some of them repeating an id: several chunks of work.
    private static List<CopyRow> deck() throws IOException {
        List<CopyRow> rows = new ArrayList<>();
        for (CSVRecord record : records("/demo/copy.csv")) {
            rows.add(new CopyRow(rows.size() + 2, record.get("id"), "", record.get("channel"), "", record.get("text"),
                List.of(record.get("stat_ids").split(";")).stream().map(String::strip).filter(s -> !s.isEmpty())
                    .toList(), 5));
        }
        // A line stating no figure under the id of each demo line: those in a finding are raised with it.
        int demo = rows.size();
        for (int i = 0; i < demo; i++) {
            rows.add(new CopyRow(rows.size() + 2, rows.get(i).id(), "", "", "", "See you next year.", List.of(), 0));
        }
        List<CSVRecord> stats = new ArrayList<>();
        records("/demo/stats.csv").forEach(stats::add);
        for (int i = 0; i < 600; i++) {
            CSVRecord stat = stats.get(i % stats.size());
            long size = Long.parseLong(stat.get("cohort_size")) + (i / stats.size() % 3 == 1 ? i % 7 : 0);
            String who = stat.get("description").replaceFirst("^Members who ", "");
            String text = i % 2 == 0 ? String.format(Locale.ROOT, "%,d of you %s. Same time next year?", size, who)
                : String.format(Locale.ROOT, "More than %d people %s this year.", size, who);
            String id = "deck-" + (i % 40 == 39 ? i - 1 : i);
            rows.add(new CopyRow(rows.size() + 2, id, "", "", "", text, List.of(), 0));
        }
        return rows;
    }

    private static List<CSVRecord> records(String resource) throws IOException {
        try (Reader in = new InputStreamReader(ScoreBatchesTest.class.getResourceAsStream(resource),
            StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
