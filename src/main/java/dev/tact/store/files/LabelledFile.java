package dev.tact.store.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a labelled CSV for {@code tact eval}: {@code id,text,label} (higher label = creepier), and
 * optionally the corpus columns {@code lang}, {@code family} and {@code split}.
 */
public final class LabelledFile {
    private static final List<String> COLUMNS = List.of("id", "text", "label", "lang", "family", "split");

    /**
     * One labelled line.
     *
     * @param lang   ISO 639-1 code, empty when the file has no lang column
     * @param family brand or campaign, empty when none
     * @param split  {@code calibration}, {@code held-out}, or empty when the file has no split column
     */
    public record Line(long fileLine, String id, String text, int label, String lang, String family, String split) {
    }

    private LabelledFile() {
    }

    public static List<Line> read(ImportSource source) throws ImportFailedException {
        ImportProblems problems = new ImportProblems(source.name());
        List<Line> lines = new ArrayList<>();
        try (OpenedFile file = OpenedFile.open(source);
             TableInput csv = file.table(problems, COLUMNS::contains)) {
            Optional<List<String>> header = csv.header()
                .map(names -> names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList());
            if (header.isPresent()) {
                int id = header.get().indexOf("id");
                int text = header.get().indexOf("text");
                int label = header.get().indexOf("label");
                if (text < 0 || label < 0) {
                    problems.add(1, "expected the columns text and label (and optionally id), found "
                        + String.join(", ", header.get()));
                } else {
                    int[] extra = {header.get().indexOf("lang"), header.get().indexOf("family"),
                        header.get().indexOf("split")};
                    while (csv.next()) {
                        line(csv.row(), new int[] {id, text, label}, extra, problems)
                            .ifPresent(lines::add);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(0, FileRead.describe(e));
        }
        problems.throwIfAny();
        return lines;
    }

    private static Optional<Line> line(TableRow record, int[] columns, int[] extra, ImportProblems problems) {
        long fileLine = record.line();
        int id = columns[0];
        int text = columns[1];
        int label = columns[2];
        if (record.size() <= Math.max(text, label)) {
            problems.add(fileLine, "expected a text and a label on this row");
            return Optional.empty();
        }
        try {
            String lineId = cell(record, id);
            return Optional.of(new Line(fileLine, lineId.isEmpty() ? "line-" + fileLine : lineId, record.value(text),
                Integer.parseInt(record.value(label)),
                cell(record, extra[0]), cell(record, extra[1]), cell(record, extra[2])));
        } catch (NumberFormatException e) {
            problems.add(fileLine, label + 1, "label", "expected a whole number, found \"" + record.raw(label) + "\"");
            return Optional.empty();
        }
    }

    private static String cell(TableRow record, int column) {
        return column >= 0 && column < record.size() ? record.value(column) : "";
    }
}
