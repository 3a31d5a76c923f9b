package dev.tact.report;

import static dev.tact.report.ReportFixtures.decide;
import static dev.tact.report.ReportFixtures.exportPdf;
import static dev.tact.report.ReportFixtures.importCopy;
import static dev.tact.report.ReportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Verdict;
import dev.tact.store.db.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSignOffTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void demo() {
        database = ReportFixtures.demo(dir);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void everyDecisionOnALineIsPrintedWithItsTimeReviewerAndMeaning() {
        decide(database, "hol-02", Verdict.CHANGES, "ana", "Drop the count of 53");
        decide(database, "hol-02", Verdict.APPROVE, "sam", "Legal accepted the risk in writing");
        decide(database, "hol-04", Verdict.REJECT, "ana", "Names a street");

        String text = flat(text(exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf"))));

        // Each signature says what it means and which key made it; an approval, which step of the route.
        String key = "signed by key SHA256:[0-9a-f]{16}";
        assertThat(text).containsPattern("Decision 1 on version 1, 2026-11-28 09:00:00 UTC, ana: changes \\(changes"
                + " requested: the line must be rewritten before it runs, " + key + "\\)\\. Reason: Drop the count of 53")
            .containsPattern("OVERRIDE of a high band\\. Decision 2 on version 1, 2026-11-28 09:00:00 UTC, sam: approve"
                + " \\(approval as brand on the route brand( \\+ legal)?, " + key + "\\)\\. Reason: Legal accepted the"
                + " risk in writing")
            .containsPattern("Decision 3 on version 1, 2026-11-28 09:00:00 UTC, ana: reject \\(rejected: the line must"
                + " not run, " + key + "\\)\\. Reason: Names a street");
    }

    @Test
    void eachLineShowsItsBoundStatAndTheFloorOfItsChannelAndTheTopCountsEachStatus() {
        decide(database, "hol-02", Verdict.REJECT, "ana", "Singles out a small group");

        String text = flat(text(exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf"))));

        assertThat(text).contains("Bound stat: acp-daily-18d: ")
            .contains("cohort of 53 people")
            .contains("Floor: 500 people (national social)")
            .contains("Floor: 1,000 people (billboard)")
            .containsPattern("lines: Draft 0 · Pending \\d+ · Approved 0 · Rejected 1 · Changes requested 0");
        assertThat(text.indexOf("Rejected 1")).isLessThan(text.indexOf("hol-01"));
    }

    @Test
    void aLongReasonAndALongLineWrapOntoTheNextPageWithoutLosingAWord() {
        String copy = words("copy", 400);
        String reason = words("reason", 700);
        importCopy(database, dir, "long-1,Long,email,zed," + copy + ",");
        decide(database, "long-1", Verdict.REJECT, "ana", reason);

        Path pdf = exportPdf(database, "Long", dir.resolve("long.pdf"));
        List<String> printed = List.of(flat(text(pdf)).split(" "));

        List<String> missing = new ArrayList<>();
        for (String word : (copy + " " + reason).split(" ")) {
            boolean found = printed.contains(word) || printed.contains("\u201C" + word)
                || printed.contains(word + "\u201D") || printed.contains(word + ".");
            if (!found) {
                missing.add(word);
            }
        }
        assertThat(missing).as("words lost off the page").isEmpty();
        assertThat(flat(text(pdf))).contains("page 3");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenNotCut() {
        String hash = "x".repeat(40) + "y".repeat(40) + "z".repeat(40) + "end";
        decide(database, "hol-02", Verdict.REJECT, "ana", "See " + hash);

        String text = text(exportPdf(database, "Holiday Billboards", dir.resolve("r.pdf"))).replaceAll("\\s+", "");

        assertThat(text).contains(hash);
    }

    @Test
    void hebrewPrintsInReadingOrder() {
        importCopy(database, dir, "he-1,Hebrew,email,zed,לכל 53 האנשים שצפו,");
        decide(database, "he-1", Verdict.CHANGES, "ana", "נא לקצר");

        String text = flat(text(exportPdf(database, "Hebrew", dir.resolve("he.pdf"))));

        assertThat(text).contains("לכל 53 האנשים שצפו").doesNotContain("ופצש").contains("Reason: נא לקצר");
    }

    @Test
    void arabicPrintsJoinedAndInReadingOrder() {
        importCopy(database, dir, "ar-1,Arabic,email,zed,إلى 53 شخصا شاهدوا الفيلم,");

        String text = flat(text(exportPdf(database, "Arabic", dir.resolve("ar.pdf"))));

        assertThat(text).contains("إلى 53 شخصا شاهدوا الفيلم");
    }

    private static String words(String stem, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }
}
