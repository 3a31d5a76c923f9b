package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import dev.tact.store.db.Database;
import dev.tact.store.db.DatabaseLocation;
import dev.tact.store.db.DemoData;
import dev.tact.store.policy.PolicyStore;
import dev.tact.store.stats.StatLookup;
import dev.tact.core.Assessment;
import dev.tact.score.DisclosureCheck;
import dev.tact.score.DisclosureFinding;
import dev.tact.score.ReleasedFigure;
import dev.tact.store.release.CampaignDisclosure;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tact score} assesses lines in pipelined batches against a lookup that remembers cohort sizes;
 * every output row must be the one the plain path gives: each line assessed on its own, in order,
 * against a lookup that reads the database afresh every time.
 */
class BatchScoringTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void demoDatabase() {
        db = dir.resolve("tact.db");
        DemoData.open(db, true, CLOCK, "tester");
    }

    private String batch(Path deck) {
        CommandLine commandLine = TactCli.commandLine(CLOCK, new DatabaseLocation(Map.of(), "Linux", dir), "tester");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        assertEquals(0, commandLine.execute("--db", db.toString(), "score", "--fail-on", "none", deck.toString()),
            err::toString);
        return out.toString();
    }

    /** The rows one line at a time: the path every line took before batches. */
    private String perLine(List<String[]> rows) {
        StringWriter written = new StringWriter();
        Database database = DemoData.open(db, false, CLOCK, "tester");
        try (StatLookup lookup = StatLookup.open(database)) {
            Assessor assessor = new Assessor(PolicyCodec.read(new PolicyStore(database, CLOCK, "tester").current()
                .map(PolicyStore.Stored::document).orElseGet(PolicyCodec::defaultDocument), null));
            List<Assessment> assessed = new ArrayList<>();
            for (String[] row : rows) {
                List<Stat> cited = Arrays.stream(row[3].split(";")).map(String::strip).filter(id -> !id.isEmpty())
                    .map(lookup::byId).flatMap(Optional::stream).toList();
                assessed.add(assessor.assess(row[1], cited, lookup, row[2]));
            }
            // With a database the lines are checked together for differencing, as score does.
            List<ReleasedFigure> figures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                figures.addAll(ReleasedFigure.of(rows.get(i)[0], rows.get(i)[1], assessed.get(i),
                    ReleasedFigure.Release.UNDER_REVIEW).stream().toList());
            }
            List<DisclosureFinding> findings = new CampaignDisclosure(database, assessor).against(figures);
            try (AssessmentOutput output = AssessmentOutput.of("csv", new PrintWriter(written), () -> null, true)) {
                for (int i = 0; i < rows.size(); i++) {
                    String id = rows.get(i)[0];
                    List<DisclosureFinding> own = DisclosureCheck.involving(findings, id);
                    output.write(id, rows.get(i)[1], DisclosureCheck.withFindings(assessed.get(i), id, own),
                        String.join("; ", own.stream().map(finding -> finding.brief(id)).toList()));
                }
            }
        }
        return written.toString();
    }

    @Test
    void theDemoCopyScoresAsLineByLine() throws IOException {
        Path deck = dir.resolve("copy.csv");
        try (var in = BatchScoringTest.class.getResourceAsStream("/demo/copy.csv")) {
            Files.copy(in, deck);
        }
        List<String[]> rows = new ArrayList<>();
        for (CSVRecord record : records(Files.newBufferedReader(deck))) {
            rows.add(new String[] {record.get("id"), record.get("text"), record.get("channel"), record.get("stat_ids")});
        }

        assertThat(rows).hasSizeGreaterThan(20);
        assertEquals(perLine(rows), batch(deck));
    }

    @Test
    void aGeneratedDeckOfSeveralBatchesScoresAsLineByLine() throws IOException {
        List<String[]> stats = new ArrayList<>();
        try (Reader in = new InputStreamReader(BatchScoringTest.class.getResourceAsStream("/demo/stats.csv"),
            StandardCharsets.UTF_8)) {
            for (CSVRecord record : records(in)) {
                stats.add(new String[] {record.get("description"), record.get("cohort_size")});
            }
        }
        List<String> lines = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 4_500; i++) {
            String[] stat = stats.get(i % stats.size());
            long size = Long.parseLong(stat[1]) + (i / stats.size() % 3 == 1 ? i % 7 : 0);
            String who = stat[0].replaceFirst("^Members who ", "");
            String text = switch (i % 4) {
                case 0 -> String.format(Locale.ROOT, "To the %,d people who %s: we noticed.", size, who);
                case 1 -> String.format(Locale.ROOT, "%,d of you %s. Same time next year?", size, who);
                case 2 -> String.format(Locale.ROOT, "Dear %d members who %s, who hurt you?", size, who);
                default -> String.format(Locale.ROOT, "More than %d people %s this year.", size, who);
            };
            lines.add(text);
            rows.add(new String[] {"deck-" + (i + 1), text, "", ""});
        }
        Path deck = Files.write(dir.resolve("deck.txt"), lines);

        String batched = batch(deck);
        assertThat(batched.lines().skip(1).filter(row -> row.contains(",acp")).count()).isPositive();
        // Every score, band, bound stat and differencing finding as line by line, the partner lines a
        // finding names included (the check's order no longer depends on identity hash codes).
        assertEquals(perLine(rows), batched);
    }

    private static Iterable<CSVRecord> records(Reader in) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
    }
}
