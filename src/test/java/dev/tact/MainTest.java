package dev.tact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {
    @ParameterizedTest(name = "{0} → desk {1}")
    @CsvSource(delimiter = '|', textBlock = """
        ''                          | ''
        --db /tmp/a.db              | --db=/tmp/a.db
        --db=/tmp/a.db --no-demo    | --db=/tmp/a.db --no-demo=true
        --no-demo                   | --no-demo=true
        """)
    void onlyTheDesksOptionsOpenTheDesk(String args, String named) {
        String[] given = args.isBlank() ? new String[0] : args.split(" ");
        assertThat(Main.deskArguments(given)).hasValueSatisfying(found ->
            assertThat(String.join(" ", found)).isEqualTo(named));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        score deck.csv
        --db /tmp/a.db verify
        --help
        --db
        """)
    void aCommandOrAnythingElseGoesToTheCommandLine(String args) {
        assertThat(Main.deskArguments(args.split(" "))).isEmpty();
    }
}
