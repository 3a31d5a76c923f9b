package dev.tact.store.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRowTest {

    @ParameterizedTest(name = "\"{0}\" is a marker: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        NULL   | true
        null   | true
        NuLl   | true
        \\N    | true
        \\n    | true
        ''     | false
        N      | false
        \\     | false
        \\M    | false
        NUL    | false
        NULLS  | false
        Lyon   | false
        nil    | false
        """)
    void readsWarehouseEmptyMarkersInAnyCase(String stripped, boolean marker) {
        assertEquals(marker, TableRow.isEmptyMarker(stripped));
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
        ' null '    | ''
        ' Leeds '   | Leeds
        '\\N'       | ''
        """)
    void valueIsStrippedAndEmptyForAMarker(String raw, String value) {
        TableRow row = new TableRow(column -> raw, 1, 2);
        assertEquals(value, row.value(0));
    }
}
