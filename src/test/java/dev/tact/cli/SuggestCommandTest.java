package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.store.db.DatabaseLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
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

class SuggestCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createTheDatabase() {
        run("init");
        out.getBuffer().setLength(0);
    }

    private int run(String... args) {
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(Map.of("TACT_DB", dir.resolve("t.db").toString()), "Linux", dir),
            "ana");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aStoredLineGetsTheLadderOfItsStat() {
        assertEquals(0, run("suggest", "--line", "hol-02"));

        List<String> lines = out.toString().lines().toList();
        assertEquals("rank,text,score,band,cohort_size,stat_id,dropped,closes", lines.get(0));
        assertThat(lines.get(1)).startsWith("1,\"More than 8,800 people have watched A Christmas Prince every day.\"")
            .endsWith(",8820,acp-daily,window,");
        assertThat(lines).anyMatch(line -> line.contains("2.1 million people have watched A Christmas Prince.")
            && line.endsWith("acp,frequency; window,"));
    }

    @Test
    void aTextWithAStatGivesJson() throws Exception {
        assertEquals(0, run("suggest", "--text", "Christmas Eve in Brooklyn: 926 of you spent it with A Christmas"
            + " Prince.", "--stat", "acp-xmas-bk", "--channel", "billboard", "--format", "json"));

        JsonNode suggestions = new ObjectMapper().readTree(out.toString());
        assertThat(suggestions.size()).isPositive();
        for (JsonNode suggestion : suggestions) {
            assertThat(suggestion.get("cohort_size").asLong()).isGreaterThanOrEqualTo(1000);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"instagramm", "", " "})
    void anUnknownOrEmptyChannelIsRefused(String channel) {
        assertEquals(2, run("suggest", "--text", "To the 53 people who watched it: hi.", "--channel", channel));

        assertThat(err.toString()).contains("unknown channel").contains("billboard");
        assertThat(out.toString()).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Good morning, Lisbon! 3 of you ran a marathon before breakfast on Sunday.",
        "Who hurt you? 14 people watched The Notebook 6 times this week.",
        "9 people in Dublin have streamed breakup songs every night since Valentine's Day.",
        "Thanks to the 2 people in Cork who ordered soup every day in July. Stay warm!"})
    void aNumberAloneBindsNoStat(String line) {
        assertEquals(0, run("suggest", "--text", line));

        // No cohort size and no stat id: the text-only ladder, none of a coincidental stat's figures.
        assertThat(out.toString().lines().skip(1).toList()).isNotEmpty().allSatisfy(row -> assertThat(row)
            .matches(".*,(low|medium),,,\"?exact count.*").doesNotContain("More than").doesNotContain("million"));
    }

    @Test
    void aQualifierIsNotKeptByAStatWithoutItsDimension() {
        assertEquals(0, run("suggest", "--text", "To the one person in Brooklyn who watched A Christmas Prince every"
            + " day for the past 18 days: who hurt you?"));

        assertThat(out.toString()).doesNotContain("acp-bk").doesNotContain("2.1 million people watched A Christmas"
            + " Prince every day");
    }

    @Test
    void aCitedStatContradictingTheTextIsSaid() {
        assertEquals(0, run("suggest", "--stat", "acp", "--text", "To the 53 people who've watched A Christmas Prince"
            + " every day for the past 18 days: who hurt you?"));

        assertThat(err.toString()).contains("No safer wording found").contains("claim not backed: the line says"
            + " \"53 people\" but the cited stat acp counts 2,100,000 people");
    }

    @Test
    void aCountTheCitedStatDoesNotBackIsNotKept() {
        assertEquals(0, run("suggest", "--stat", "lul-3am", "--text", "Up at 3am again? You and 1,000 others"
            + " streamed Lullabies for Little Ones."));

        assertThat(out.toString()).doesNotContain("1,000");
        assertThat(err.toString()).contains("\"1,000 others\" but the cited stat lul-3am counts 73,800 people");
    }
}
