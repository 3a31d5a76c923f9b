package dev.tact.store.lines;
import dev.tact.store.files.DecodedInput;
import dev.tact.store.files.FileRead;
import dev.tact.store.files.ImportProblems;
import dev.tact.store.files.ImportSource;
import dev.tact.store.files.InvalidEncodingException;
import dev.tact.store.files.OpenedFile;
import dev.tact.store.files.TableInput;
import dev.tact.store.files.TableRow;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads copy lines from a table ({@code id,campaign,channel,author,text,stat_ids}, only text
 * required; CSV, TSV or an Excel sheet) or from plain text, one line of copy per line. Problems are recorded, rows handed on.
 */
final class CopyFileReader {
    private static final List<String> COLUMNS = List.of("id", "campaign", "channel", "author", "text", "stat_ids");

    /** Takes each checked row, in file order. */
    @FunctionalInterface
    interface RowSink<E extends Exception> {
        void accept(CopyRow row) throws E;
    }

    private final String fileStem;
    private final String defaultCampaign;
    private final ImportProblems problems;

    // Scoring reads labelled corpora and decks with extra columns (label, lang, notes); an import
    // refuses them, since a mistyped column there would silently lose data.
    private boolean extraColumnsAllowed;
    private LongSupplier bytesRead = () -> 0;

    /** For reading only (tact score): columns Tact does not know are skipped, not refused. */
    CopyFileReader allowingExtraColumns() {
        this.extraColumnsAllowed = true;
        return this;
    }

    CopyFileReader(String fileName, Optional<String> campaign, ImportProblems problems) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        this.fileStem = dot > 0 ? base.substring(0, dot) : base;
        this.defaultCampaign = campaign.filter(name -> !name.isBlank()).orElse(fileStem);
        this.problems = problems;
    }

    /** Whether a lower-case header name belongs to the format: a sign of the file's delimiter. */
    static boolean isKnown(String name) {
        return COLUMNS.contains(name);
    }

    /**
     * Reads a copy file: a table (CSV, TSV, or an Excel workbook, whatever its name) when the
     * format says so or the file is a workbook, else plain text.
     */
    <E extends Exception> FileRead read(ImportSource source, CopyImporter.Format format, RowSink<E> rows)
        throws IOException, E {
        try (OpenedFile file = OpenedFile.open(source)) {
            if (file.isWorkbook() || CopyFiles.isTable(source, format)) {
                try (TableInput table = file.table(problems, CopyFileReader::isKnown)) {
                    bytesRead = table::bytesRead;
                    return readTable(table, rows);
                }
            }
            try (DecodedInput input = file.text(source.encoding())) {
                bytesRead = input::bytesRead;
                return readText(input, rows);
            }
        }
    }

    /** Bytes of the file read so far, for progress. */
    long bytesRead() {
        return bytesRead.getAsLong();
    }

    private <E extends Exception> FileRead readTable(TableInput csv, RowSink<E> rows) throws E {
        Optional<List<String>> header = csv.header();
        int width = header.map(List::size).orElse(0);
        Optional<Map<String, Integer>> columns = header.flatMap(this::columns);
        if (columns.isEmpty()) {
            return FileRead.NOTHING;
        }
        long count = 0;
        while (csv.next()) {
            count++;
            Optional<CopyRow> row = csvRow(csv.row(), columns.get(), width);
            if (row.isPresent()) {
                rows.accept(row.get());
            }
        }
        return new FileRead(count, csv.sha256Hex(), csv.readAs());
    }

    // A plain-text copy file, blank lines skipped; its rows are the lines of copy.
    private <E extends Exception> FileRead readText(DecodedInput input, RowSink<E> rows) throws IOException, E {
        long count = 0;
        try (BufferedReader reader = new BufferedReader(input)) {
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank()) {
                    count++;
                    rows.accept(new CopyRow(line, fileStem + "-" + line, defaultCampaign, "", "", text.strip(),
                        List.of(), 0));
                }
            }
        } catch (InvalidEncodingException e) {
            problems.add(e.line(), e.column(), "", e.explanation());
        }
        if (count == 0 && problems.isEmpty()) {
            problems.add(1, "the file is empty: expected one line of copy per line");
        }
        return new FileRead(count, input.sha256Hex(), "");
    }

    private Optional<Map<String, Integer>> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                if (!extraColumnsAllowed) {
                    problems.add(1, i + 1, header.get(i), "unknown column: expected " + String.join(", ", COLUMNS));
                    valid = false;
                }
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(1, i + 1, name, "duplicate column: already column " + (index.get(name) + 1));
                valid = false;
            }
        }
        if (!index.containsKey("text")) {
            problems.add(1, 0, "", "missing required column \"text\" (the header has: " + String.join(", ", header)
                + ")");
            valid = false;
        }
        return valid ? Optional.of(index) : Optional.empty();
    }

    private Optional<CopyRow> csvRow(TableRow fields, Map<String, Integer> columns, int width) {
        long line = fields.line();
        if (fields.size() != width) {
            problems.add(line, 0, "", "expected " + width + " fields as in the header, found "
                + fields.size());
            return Optional.empty();
        }
        String text = field(fields, columns, "text");
        if (text.isEmpty()) {
            problems.add(line, columns.get("text") + 1, "text", "expected the copy, found an empty field"
                + fields.emptyNote(columns.get("text")));
            return Optional.empty();
        }
        String id = field(fields, columns, "id");
        String campaign = field(fields, columns, "campaign");
        List<String> statIds = Arrays.stream(field(fields, columns, "stat_ids").split(";"))
            .map(String::strip).filter(statId -> !statId.isEmpty()).toList();
        return Optional.of(new CopyRow(line, id.isEmpty() ? fileStem + "-" + line : id,
            campaign.isEmpty() ? defaultCampaign : campaign, field(fields, columns, "channel").toLowerCase(Locale.ROOT),
            field(fields, columns, "author"), text, statIds, columns.getOrDefault("stat_ids", -1) + 1));
    }

    private static String field(TableRow fields, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? "" : fields.value(column);
    }
}
