package dev.tact.report;

import static dev.tact.report.ReportFixtures.decide;
import static dev.tact.report.ReportFixtures.exportPdf;
import static dev.tact.report.ReportFixtures.importCopy;
import static dev.tact.report.ReportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Verdict;
import dev.tact.store.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-off report lists each line's differencing findings and how each stands. */
class DisclosureReportTest {
    @TempDir
    Path dir;

    @Test
    void csvAndPdfNameTheOtherLineTheIntervalAndTheResolution() throws IOException {
        Database database = ReportFixtures.demo(dir);
        String stats = "id,description,cohort_size,base_size,period,source,dim_title,dim_place\n"
            + "bb,Streamed Boozy Brunch,3445,,2025,music,Boozy Brunch,\n"
            + "bb-x,Streamed Boozy Brunch outside Leeds,3441,,2025,music,Boozy Brunch,not Leeds\n";
        try {
            dev.tact.store.StoreFixtures.importStats(database, Files.writeString(dir.resolve("s.csv"), stats));
        } catch (dev.tact.store.files.ImportFailedException e) {
            throw new IllegalStateException(e);
        }
        importCopy(database, dir,
            "x-1,Brunch,,maya,\"3,445 people streamed 'Boozy Brunch'.\",bb",
            "x-2,Brunch,,maya,\"3,441 of them did it outside Leeds.\",bb-x");
        decide(database, "x-2", Verdict.REJECT, "ana", "Leaves 4 people in Leeds");

        Path csv = dir.resolve("r.csv");
        SignOffReport.write(database, "Brunch", csv, Optional.of(SignOffReport.Format.CSV), ReportFixtures.CLOCK, "ana");
        String pdf = text(exportPdf(database, "Brunch", dir.resolve("r.pdf"))).replaceAll("\\s+", " ");

        assertThat(Files.readString(csv)).contains("disclosure")
            .contains("Together with x-2 (in this campaign) this reveals 4 people: 3,445 − 3,441 — Streamed Boozy"
                + " Brunch, where place is Leeds — open: the line is not decided")
            .contains("Together with x-1 (in this campaign) this reveals 4 people: 3,445 − 3,441 — Streamed Boozy"
                + " Brunch, where place is Leeds — resolved: rejected by ana");
        assertThat(pdf).contains("Differencing: Together with x-2 (in this campaign) this reveals 4 people");
    }
}
