package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvRecordTest {
    private static final String ALPHABET = "ab Z09,\"\r\n#!\t $%'-;é→日\u0000\u001f~";

    @Test
    void writesHandPickedValuesAsCommonsCsvDoes() throws IOException {
        List<List<String>> records = List.of(
            List.of("plain", "12", "high"),
            List.of("", "", ""),
            List.of("a,b", "say \"hi\"", "\"\"", "line\nbreak", "cr\rhere"),
            List.of("#hash", "!bang", " lead", "trail ", "tab\t", "\ttab", "x#", "-1", "é", "日本"),
            List.of("cohort 19,198 ← \"\"19,198 people\"\"; specificity: title \"Lullabies\" (0.25)"),
            List.of(""),
            List.of("\"", ",", " "));
        for (List<String> values : records) {
            assertThat(ours(values)).as("%s", values).isEqualTo(commons(values));
        }
    }

    @Test
    void writesRandomValuesAsCommonsCsvDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(4180);
        for (int i = 0; i < 200_000; i++) {
            List<String> values = new ArrayList<>();
            for (int v = random.nextInt(1, 5); v > 0; v--) {
                StringBuilder value = new StringBuilder();
                for (int c = random.nextInt(0, 6); c > 0; c--) {
                    value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                values.add(value.toString());
            }
            assertThat(ours(values)).as("%s", values).isEqualTo(commons(values));
        }
    }

    @Test
    void writesNumbersAsTheirDecimalAndNullAsEmpty() throws IOException {
        String ours = new CsvRecord(16).add(-3).add((String) null).add(19_198).end();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format())) {
            printer.printRecord(-3, "", 19_198);
        }
        assertThat(ours).isEqualTo(out.toString()).isEqualTo("-3,,19198\n");
    }

    private static String ours(List<String> values) {
        CsvRecord record = new CsvRecord(32);
        values.forEach(record::add);
        return record.end();
    }

    private static String commons(List<String> values) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format())) {
            printer.printRecord(values);
        }
        return out.toString();
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    }
}
