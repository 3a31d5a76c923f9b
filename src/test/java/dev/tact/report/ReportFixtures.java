package dev.tact.report;

import dev.tact.core.Verdict;
import dev.tact.store.lines.CopyImporter;
import dev.tact.store.db.Database;
import dev.tact.store.trail.DecisionLedger;
import dev.tact.store.db.DemoData;
import dev.tact.store.files.ImportFailedException;
import dev.tact.store.files.ImportProgress;
import dev.tact.store.files.ImportSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A demo database, decisions on it, exported reports and their text, for the report tests. */
final class ReportFixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private ReportFixtures() {
    }

    static Database demo(Path dir) {
        return DemoData.open(dir.resolve("tact.db"), true, CLOCK, "tester");
    }

    static void decide(Database database, String line, Verdict verdict, String reviewer, String reason) {
        dev.tact.store.trail.Reviewers.of(database).decide(new DecisionLedger(database, CLOCK), line, verdict, reviewer, reason);
    }

    /** Imports copy lines given as CSV rows (id,campaign,channel,author,text,stat_ids). */
    static void importCopy(Database database, Path dir, String... rows) {
        try {
            Path file = Files.writeString(dir.resolve("copy-" + System.nanoTime() + ".csv"),
                "id,campaign,channel,author,text,stat_ids\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
            new CopyImporter(database, CLOCK, "tester").importCopy(ImportSource.ofFile(file),
                CopyImporter.Options.DEFAULT, ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportFailedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Path exportPdf(Database database, String campaign, Path out) {
        try {
            SignOffReport.write(database, campaign, out, Optional.of(SignOffReport.Format.PDF), CLOCK, "ana");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
