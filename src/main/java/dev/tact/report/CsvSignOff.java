package dev.tact.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The sign-off report as CSV: one row per line, every cell safe to open in a spreadsheet. */
public final class CsvSignOff {
    private static final String[] HEADER = {"campaign", "line_id", "version", "channel", "author", "status", "text",
        "cohort_size", "score", "band", "factors", "verdict", "reviewer", "decided_at", "reason", "override", "stale",
        "policy", "chain_head", "bound_stat", "floor", "decisions", "disclosure"};

    private CsvSignOff() {
    }

    public static void write(SignOffSheet sheet, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (SignOffRow row : sheet.rows()) {
                csv.printRecord(safe(sheet.campaign()), safe(row.lineId()), row.version(), safe(row.channel()),
                    safe(row.author()), safe(row.status()), safe(row.text()), safe(row.cohortSize()), row.score(),
                    safe(row.band()), safe(row.factors()), safe(row.verdict()), safe(row.reviewer()),
                    safe(row.decidedAt()), safe(row.reason()), row.override() ? "yes" : "no", safe(row.stale()),
                    safe(sheet.policy()), safe(sheet.chainHead()), safe(row.boundStat()), safe(row.floor()),
                    row.history().size(), safe(String.join("; ", row.disclosures())));
            }
        }
    }

    /**
     * A cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
     * return) gets a leading apostrophe, as the OWASP CSV-injection guidance advises; the CSV
     * quoting then keeps the rest intact.
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
