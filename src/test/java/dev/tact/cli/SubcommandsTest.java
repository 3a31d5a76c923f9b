package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.db.DatabaseLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SubcommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        score x.txt                    | score
        --db a.db score x.txt          | score
        --db=a.db --no-demo info       | info
        --no-demo --db a.db policy show | policy
        ''                             | none
        --help                         | none
        -V score                       | none
        help score                     | none
        @args.txt                      | none
        --db                           | none
        """)
    void theNamedCommandIsTheFirstArgumentAfterTheRootsOwnOptions(String line, String expected) {
        String[] args = line.isBlank() ? new String[0] : line.strip().split(" +");

        assertEquals(Optional.ofNullable(expected), Subcommands.named(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"score", "info", "policy", "team", "check"})
    void aNamedCommandIsRegisteredAlone(String name) {
        CommandLine lazy = TactCli.commandLine(Clock.systemUTC(), location(), "tester", name, "--help");

        assertThat(lazy.getSubcommands()).containsOnlyKeys(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score --help", "policy show --help", "team --help", "--help", "help score",
        "scroe x.txt", "score --bogus x.txt", "--db a.db info --help", "verify --version"})
    void theLazyCommandLineAnswersAsTheFullOne(String line) {
        String[] args = line.split(" ");

        assertEquals(answer(TactCli.commandLine(Clock.systemUTC(), location(), "tester"), args),
            answer(TactCli.commandLine(Clock.systemUTC(), location(), "tester", args), args));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "scroe"})
    void withoutANamedCommandEveryCommandIsThere(String arg) {
        CommandLine lazy = TactCli.commandLine(Clock.systemUTC(), location(), "tester", arg);

        assertEquals(TactCommand.SUBCOMMANDS.size(), lazy.getSubcommands().size());
    }

    @org.junit.jupiter.api.Test
    void theNamesListedAreThoseTheCommandsAnnotationsGive() {
        List<String> annotated = TactCommand.SUBCOMMANDS.stream()
            .map(command -> command.getAnnotation(CommandLine.Command.class).name()).toList();

        assertEquals(annotated, TactCommand.SUBCOMMAND_NAMES);
    }

    private DatabaseLocation location() {
        return new DatabaseLocation(Map.of("TACT_DB", dir.resolve("none.db").toString()), "Linux", dir);
    }

    // Exit status, standard output and standard error: all a user sees.
    private static List<String> answer(CommandLine commandLine, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return List.of(Integer.toString(status), out.toString(), err.toString());
    }
}
