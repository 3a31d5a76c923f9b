package dev.tact.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsPeopleTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        0       | 0 people
        1       | 1 person
        2       | 2 people
        3445    | 3,445 people
        """)
    void peopleAreCountedInGoodEnglish(long value, String words) {
        assertEquals(words, Counts.people(value));
    }
}
