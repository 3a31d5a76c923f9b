package dev.tact.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** Reads a labelled CSV ({@code id,text,label}, higher label = creepier) for {@code tact eval}. */
public final class LabelledFile {

    /** One labelled line. */
    public record Line(long fileLine, String id, String text, int label) {
    }

    private LabelledFile() {
    }

    public static List<Line> read(ImportSource source) throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        List<Line> lines = new ArrayList<>();
        try (DecodedInput input = new DecodedInput(source.opener().open()); CsvInput csv = new CsvInput(input, problems)) {
            Optional<List<String>> header = csv.header();
            if (header.isPresent()) {
                int id = header.get().indexOf("id");
                int text = header.get().indexOf("text");
                int label = header.get().indexOf("label");
                if (text < 0 || label < 0) {
                    problems.add(1, "expected the columns text and label (and optionally id), found "
                        + String.join(", ", header.get()));
                } else {
                    while (csv.next()) {
                        line(csv.record(), csv.line(), id, text, label, problems).ifPresent(lines::add);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
        }
        problems.throwIfAny();
        return lines;
    }

    private static Optional<Line> line(CSVRecord record, long fileLine, int id, int text, int label,
                                       ImportProblems problems) {
        if (record.size() <= Math.max(text, label)) {
            problems.add(fileLine, "expected a text and a label on this row");
            return Optional.empty();
        }
        try {
            String lineId = id >= 0 && id < record.size() ? record.get(id) : "line-" + fileLine;
            return Optional.of(new Line(fileLine, lineId, record.get(text), Integer.parseInt(record.get(label).strip())));
        } catch (NumberFormatException e) {
            problems.add(fileLine, label + 1, "label", "expected a whole number, found \"" + record.get(label) + "\"");
            return Optional.empty();
        }
    }
}
