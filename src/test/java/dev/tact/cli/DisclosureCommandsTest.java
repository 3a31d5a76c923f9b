package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** tact publish, tact check and the disclosure column of tact score, on the Boozy Brunch lattice. */
class DisclosureCommandsTest {
    private static final String STATS = """
        id,description,cohort_size,base_size,source,dim_title,dim_day,dim_place
        bb-wed,Streamed Boozy Brunch on a Wednesday,3445,140000000,music,Boozy Brunch,Wednesday,
        bb-wed-x,Streamed Boozy Brunch on a Wednesday outside Leeds,3441,140000000,music,Boozy Brunch,Wednesday,not Leeds
        bb-wed-lon,Streamed Boozy Brunch on a Wednesday in London,2900,140000000,music,Boozy Brunch,Wednesday,London
        bb-wed-man,Streamed Boozy Brunch on a Wednesday in Manchester,538,140000000,music,Boozy Brunch,Wednesday,Manchester
        bb,Streamed Boozy Brunch,912000,140000000,music,Boozy Brunch,,
        """;
    private static final String EARLIER = """
        id,campaign,channel,author,text,stat_ids
        e-lon,Spring,,maya,"2,900 people in London streamed 'Boozy Brunch' on a Wednesday.",bb-wed-lon
        e-man,Spring,,maya,"538 people in Manchester streamed 'Boozy Brunch' on a Wednesday.",bb-wed-man
        """;

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path database;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(Map.of("TACT_DB", database.toString()), "Linux", dir), "tester");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @BeforeEach
    void lattice() throws IOException {
        database = dir.resolve("tact.db");
        assertEquals(0, run("--no-demo", "import-stats", file("stats.csv", STATS).toString()), err::toString);
        assertEquals(0, run("import-copy", file("earlier.csv", EARLIER).toString()), err::toString);
        assertEquals(0, run("import-copy", file("brunch.csv", """
            id,campaign,channel,author,text,stat_ids
            w26-09,Brunch,,jon,"3,445 people streamed 'Boozy Brunch' on a Wednesday.",bb-wed
            w26-10,Brunch,,jon,"3,441 of them did it outside Leeds.",bb-wed-x
            """).toString()), err::toString);
    }

    @Test
    void checkNamesBothLinesTheIntervalAndTheCohortAndExitsOne() {
        assertEquals(1, run("check", "--campaign", "Brunch"));

        assertThat(out.toString()).contains("w26-09: Together with w26-10 (in this campaign) this reveals 4 people:"
            + " 3,445 − 3,441 — Streamed Boozy Brunch on a Wednesday, where place is Leeds (floor 100)")
            .contains("Brunch: 2 lines checked, 1 finding.");
    }

    @Test
    void checkExitsZeroAfterTheRewriteToABroaderCohort() throws IOException {
        assertEquals(0, run("import-copy", "--replace", file("rewrite.csv", """
            id,campaign,channel,author,text,stat_ids
            w26-10,Brunch,,jon,"Thousands of you streamed 'Boozy Brunch' this spring.",
            """).toString()), err::toString);

        assertEquals(0, run("check", "--campaign", "Brunch"), out::toString);
        assertThat(out.toString()).contains("Brunch: 2 lines checked, 0 findings.");
    }

    @Test
    void suggestOffersWordingsThatCloseTheGapAndCheckExitsZeroAfterOneIsAccepted() {
        assertEquals(0, run("suggest", "--line", "w26-10"), err::toString);

        List<String> rows = out.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo("rank,text,score,band,cohort_size,stat_id,dropped,closes");
        assertThat(rows.get(1)).isEqualTo("1,\"More than 3,400 of them did it.\",23,low,3445,bb-wed,place,w26-09");
        assertThat(err.toString()).contains("w26-10: Together with w26-09 (in this campaign) this reveals 4 people")
            .contains("each suggestion leaves the line out of it.");

        assertEquals(0, run("suggest", "--line", "w26-10", "--accept", "1"), err::toString);
        assertThat(out.toString()).isEqualTo("Saved suggestion 1 as line w26-10 version 2 (pending): More than 3,400"
            + " of them did it.\n");
        assertEquals(0, run("check", "--campaign", "Brunch"), out::toString);
        assertThat(out.toString()).contains("Brunch: 2 lines checked, 0 findings.");
    }

    @Test
    void theResidualAfterPublishedLinesIsClosedByTheSuggestedBroaderCohort() throws IOException {
        run("publish", "--line", "e-lon", "--date", "2026-03-02");
        run("publish", "--line", "e-man", "--date", "2026-03-09");
        run("import-copy", "--replace", file("rewrite.csv", """
            id,campaign,channel,author,text,stat_ids
            w26-10,Brunch,,jon,"Thousands of you streamed 'Boozy Brunch' this spring.",
            """).toString());
        assertEquals(1, run("check", "--campaign", "Brunch"));

        assertEquals(0, run("suggest", "--line", "w26-09"), err::toString);
        assertThat(out.toString().lines().skip(1)).isNotEmpty()
            .allSatisfy(row -> assertThat(row).endsWith(",e-lon e-man"));

        assertEquals(0, run("suggest", "--line", "w26-09", "--accept", "1"), err::toString);
        assertEquals(0, run("check", "--campaign", "Brunch"), out::toString);
    }

    @Test
    void acceptRefusesARankThereIsNotAndATextLine() {
        assertEquals(2, run("suggest", "--line", "w26-10", "--accept", "9"));
        assertThat(err.toString()).contains("--accept 9: line w26-10 has suggestions 1 to 2.");
        assertEquals(2, run("suggest", "--text", "3,441 of them did it.", "--accept", "1"));
        assertThat(err.toString()).contains("give the line with --line ID");
        assertEquals(1, run("check", "--campaign", "Brunch"));
    }

    @Test
    void publishedLinesJoinWhatIsReleased() {
        assertEquals(0, run("publish", "--line", "e-lon", "--date", "2026-03-02"), err::toString);
        assertThat(out.toString()).isEqualTo("Marked e-lon (version 1) published on 2026-03-02.\n");
        assertEquals(0, run("publish", "--line", "e-man", "--date", "2026-03-09"), err::toString);

        assertEquals(1, run("check", "--campaign", "Brunch"));

        assertThat(out.toString()).contains("Together with e-lon (published 2026-03-02) and e-man (published"
            + " 2026-03-09) this reveals 7 people: 3,445 − 2,900 − 538");
    }

    @Test
    void publishRefusesABadDayAndAnUnknownLine() {
        assertEquals(2, run("publish", "--line", "e-lon", "--date", "2 March"));
        assertThat(err.toString()).contains("--date: the publication date must be a day as YYYY-MM-DD");
        assertEquals(2, run("publish", "--line", "e-lon", "--date", "2026-11-29"));
        assertThat(err.toString()).contains("--date: 2026-11-29 is after today (2026-11-28): a line is marked"
            + " published once it has run");
        assertEquals(2, run("publish", "--line", "nope", "--date", "2026-03-02"));
        assertThat(err.toString()).contains("There is no line nope");
    }

    @Test
    void scoreWithADatabaseHasADisclosureColumnAndAFindingMakesTheLineHigh() throws IOException {
        run("publish", "--line", "e-lon", "--date", "2026-03-02");
        run("publish", "--line", "e-man", "--date", "2026-03-09");
        Path deck = file("deck.csv", """
            id,text,stat_ids
            n1,"3,445 people streamed 'Boozy Brunch' on a Wednesday.",bb-wed
            n2,"2,900 people in London streamed 'Boozy Brunch' on a Wednesday.",bb-wed-lon
            """);

        assertEquals(1, run("score", "--fail-on", "high", deck.toString()));

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).endsWith(",reasons,disclosure");
        // n2 states the same stat as the published e-lon: with n1 it leaves the same residual of 7.
        assertThat(lines.get(1)).startsWith("n1,").contains(",high,").endsWith(",n2 e-man: 7; e-lon e-man: 7");
        assertThat(lines.get(2)).startsWith("n2,").contains(",high,").endsWith(",n1 e-man: 7");
    }

    @Test
    void scoreWithoutAFindingKeepsEveryBandAndLeavesTheColumnEmpty() throws IOException {
        Path deck = file("deck.csv", """
            id,text,stat_ids
            n2,"2,900 people in London streamed 'Boozy Brunch' on a Wednesday.",bb-wed-lon
            """);

        assertEquals(0, run("score", deck.toString()));

        assertThat(out.toString().lines().toList().get(1)).startsWith("n2,51,medium,2900,").endsWith(",");
    }
}
