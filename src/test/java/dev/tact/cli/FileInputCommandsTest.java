package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The commands that read a file: exported files read right, the rest refused in a sentence. */
class FileInputCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    // TACT_DB names a database that must exist for score and policy import (a mistyped one is refused).
    @BeforeEach
    void createTheDatabase() {
        run("init");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    private int run(String... args) {
        DatabaseLocation location = new DatabaseLocation(Map.of("TACT_DB", dir.resolve("env.db").toString()),
            "Linux", dir);
        CommandLine commandLine = TactCli.commandLine(
            Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC), location, "tester");
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void importsAStatsFileWhoseLastLineHasNoLineEnding() throws IOException {
        Path file = Files.writeString(dir.resolve("s.csv"), "id,description,cohort_size\nn1,M,5");

        assertEquals(0, run("--no-demo", "import-stats", file.toString()));

        assertThat(out.toString()).startsWith("Imported 1 stat from " + file + " in ");
    }

    @Test
    void theSummarySaysWhichDelimiterWasUsed() throws IOException {
        Path file = Files.writeString(dir.resolve("s.csv"), "id;description;cohort_size\nn1;Members, all;5\n");

        assertEquals(0, run("--no-demo", "import-stats", file.toString()));

        assertThat(out.toString()).startsWith("Imported 1 stat from " + file + " (read as semicolon-separated) in ");
    }

    @Test
    void scoresAPlainTextFileWithoutAFinalLineEnd() throws IOException {
        Path file = Files.writeString(dir.resolve("deck.txt"), "Thanks for watching\nSee you soon");

        int status = run("score", "--fail-on", "none", file.toString());

        assertEquals(0, status, err.toString());
        assertThat(out.toString().lines()).hasSize(3);
    }

    @Test
    void readsWindows1252WhenTold() throws IOException {
        Path file = Files.write(dir.resolve("excel.csv"),
            "id,description,cohort_size\nn1,Café regulars,5\n".getBytes(Charset.forName("windows-1252")));

        assertEquals(2, run("--no-demo", "import-stats", file.toString()));
        assertThat(err.toString()).contains(file + ":2:7: invalid UTF-8: this looks like Windows-1252");
        assertEquals(0, run("--no-demo", "import-stats", "--encoding", "windows-1252", file.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"import-stats", "import-copy", "score", "eval", "policy import"})
    void aDirectoryIsNamedAsOne(String command) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        String[] words = command.split(" ");
        String[] args = java.util.Arrays.copyOf(words, words.length + 1);
        args[words.length] = folder.toString();

        assertEquals(2, run(args));

        assertThat(err.toString()).containsPattern(java.util.regex.Pattern.quote(folder.toString())
            + ": (cannot be read: )?is a directory").doesNotContain("quoting").doesNotContain("Exception");
    }
}
