package dev.tact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        0    | 1000 | 0      | 0    | [------------------------------]   0%  0 rows  0 rows/s
        500  | 1000 | 50000  | 1000 | [###############---------------]  50%  50,000 rows  50,000 rows/s
        1000 | 1000 | 120000 | 2000 | [##############################] 100%  120,000 rows  60,000 rows/s
        """)
    void drawsTheBarWithRowsAndRate(long read, long total, long rows, long millis, String expected) {
        assertEquals(expected, TerminalProgress.line(read, total, rows, millis).strip());
    }
}
