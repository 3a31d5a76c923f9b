package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Languages, unassessed lines, precedents and the corpus evaluation, from the command line. */
class JudgmentCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = TactCli.commandLine(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"),
            ZoneOffset.UTC), new DatabaseLocation(Map.of(), "Linux", dir), "tester");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path lines(String... text) throws IOException {
        return Files.writeString(dir.resolve("lines.txt"), String.join("\n", text) + "\n");
    }

    @Test
    void anUnassessedLineFailsTheDefaultGateButNotFailOnNone() throws IOException {
        Path file = lines("Millions of you streamed summer hits this year.", "この曲を53回聴いた人へ：大丈夫？");

        assertEquals(1, run("score", file.toString()));
        assertThat(out.toString()).contains("unassessed").contains("not assessed: Japanese");
        out.getBuffer().setLength(0);
        assertEquals(0, run("score", "--fail-on", "none", file.toString()));
    }

    @Test
    void anUnassessedLineReachesEveryBand() throws IOException {
        Path file = lines("Do 53 osób, które oglądały serial codziennie: kto was skrzywdził?");

        assertEquals(1, run("score", "--fail-on", "low", file.toString()));
        assertEquals(1, run("score", "--fail-on", "medium", file.toString()));
    }

    @Test
    void jsonGivesTheLanguageAndTheNearestPrecedents() throws IOException {
        Path file = lines("Um cliente de Recife fez 640 pedidos de açaí em janeiro.");

        assertEquals(1, run("score", "--format", "json", file.toString()));

        JsonNode line = new ObjectMapper().readTree(out.toString()).get(0);
        assertEquals("pt", line.get("language").get("code").asText());
        assertThat(line.get("language").get("covered").asBoolean()).isTrue();
        JsonNode precedents = line.get("precedents");
        assertThat(precedents.size()).isBetween(1, 2);
        assertThat(precedents.get(0).get("label").asInt()).isEqualTo(3);
        assertThat(precedents.get(0).get("reaction").asText()).isNotBlank();
        assertThat(precedents.get(0).get("shared").asText()).contains("one person");
    }

    @Test
    void policyShowListsTheCoveredLanguages() {
        assertEquals(0, run("policy", "show"));

        assertThat(out.toString()).contains("Languages:   de, en, es, fr, pt covered")
            .contains("pt   Portuguese");
    }

    @Test
    void evalReportsTheBundledCorpusBySplitAndLanguage() {
        assertEquals(0, run("eval", "--families"));

        assertThat(out.toString()).contains("By split:").contains("calibration").contains("held-out")
            .contains("By language:").contains("By family:").contains("Worst ranked:");
        for (String lang : new String[] {"de", "en", "es", "fr", "pt"}) {
            assertThat(out.toString()).containsPattern("\\n  " + lang + " +\\d+ +[01]\\.\\d{3}");
        }
    }

    @Test
    void evalRefusesAnUnknownSplit() {
        assertEquals(2, run("eval", "--split", "test"));
        assertThat(err.toString()).contains("--split: expected calibration, held-out or all");
    }

    @Test
    void suggestOffersNoEnglishRewriteForALineInAnotherLanguage() {
        assertEquals(0, run("suggest", "--text", "A los 41 usuarios que pidieron helado cada noche de enero: ¿todo bien?"));

        assertThat(out.toString()).doesNotContain("dozens of").doesNotContain("more than");
        assertThat(err.toString()).contains("safer rewrites are written in English only")
            .contains("Spanish");
    }

    @Test
    void suggestSaysAnUnassessedLineWasNotAssessed() {
        assertEquals(0, run("suggest", "--text", "この曲を53回聴いた人へ"));

        assertThat(err.toString()).contains("did not assess this line").contains("Japanese");
    }

    @Test
    void anUnknownChannelIsRefusedNotGivenTheDefaultFloor() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.csv"),
            "id,channel,text\na,billboard,Hello 53 people\nb,billbord,To the 53 people who watched it\n");

        assertEquals(2, run("score", deck.toString()));
        assertThat(err.toString()).contains("deck.csv:3: unknown channel \"billbord\"")
            .contains("billboard, email, in-app, national social, social");
        err.getBuffer().setLength(0);
        assertEquals(2, run("score", "--channel", "instagramm", lines("x").toString()));
        assertThat(err.toString()).contains("--channel: unknown channel \"instagramm\"");
    }

    @Test
    void aChannelAliasTakesItsChannelsFloor() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.csv"),
            "id,channel,text\na,instagram,400 people made a road-trip playlist in Austin.\n"
                + "b,social,400 people made a road-trip playlist in Austin.\n"
                + "c,,400 people made a road-trip playlist in Austin.\n");

        run("score", "--format", "json", deck.toString());

        JsonNode lines = new ObjectMapper().readTree(out.toString());
        assertEquals(lines.get(1).get("band").asText(), lines.get(0).get("band").asText());
        assertEquals("high", lines.get(0).get("band").asText(), "400 people is under the social floor of 500");
        assertEquals("medium", lines.get(2).get("band").asText(), "the default floor is 100");
    }

    @Test
    void importCopyRefusesAnUnknownChannelAndKeepsAnAlias() throws IOException {
        Path deck = Files.writeString(dir.resolve("deck.csv"), "id,channel,text\na,instagram,Hi\nb,billbord,Hello\n");
        Path database = dir.resolve("c.db");

        assertEquals(2, run("--db", database.toString(), "import-copy", deck.toString()));

        assertThat(err.toString()).contains("deck.csv:3: unknown channel \"billbord\"");
        assertThat(Files.exists(database)).isFalse();
        Files.writeString(deck, "id,channel,text\na,instagram,Hi\n");
        assertEquals(0, run("--db", database.toString(), "import-copy", deck.toString()));
    }

    @Test
    void aCsvPipedToStandardInputIsReadAsATable() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(("id,text,label\na,To the 53 people who watched it every day:"
                + " who hurt you?,3\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(1, run("score", "-"));
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString().lines().toList()).hasSize(2);
        assertThat(out.toString()).contains("\na,").doesNotContain("id,text,label");
    }
}
