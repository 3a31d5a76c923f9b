package dev.tact.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How old a decision made on another desk reads. */
class DecidedNoticeTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
        -30,    just now
        0,      just now
        4,      just now
        5,      5 s ago
        59,     59 s ago
        60,     1 min ago
        3599,   59 min ago
        3600,   1 h ago
        86399,  23 h ago
        86400,  1 day ago
        172800, 2 days ago
        """)
    void anAgeReadsInTheLargestWholeUnit(long seconds, String expected) {
        assertEquals(expected, DecidedNotice.ago(Duration.ofSeconds(seconds)));
    }
}
