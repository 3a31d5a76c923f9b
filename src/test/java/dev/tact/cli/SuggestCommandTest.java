package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.store.DatabaseLocation;
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
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void aStoredLineGetsTheLadderOfItsStat() {
        assertEquals(0, run("suggest", "--line", "hol-02"));

        List<String> lines = out.toString().lines().toList();
        assertEquals("rank,text,score,band,cohort_size,stat_id,dropped", lines.get(0));
        assertThat(lines.get(1)).startsWith("1,\"More than 8,800 people have watched A Christmas Prince every day.\"")
            .endsWith(",8820,acp-daily,window");
        assertThat(lines).anyMatch(line -> line.contains("2.1 million people have watched A Christmas Prince.")
            && line.endsWith("acp,frequency; window"));
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
}
