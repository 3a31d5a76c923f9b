package dev.tact.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aBadFileShowsItsProblemsOneLineEach() throws IOException {
        int[] reloads = {0};
        ImportViewModel model = new ImportViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(),
            () -> reloads[0]++);
        Path file = Files.writeString(dir.resolve("bad.csv"), "id,description,cohort_size\nx,People,many\n");

        model.importFile(ImportViewModel.Kind.STATS, file);

        assertThat(model.problems()).containsExactly(file + ":2:3: cohort_size: expected a whole number of people"
            + " (0 or more), found \"many\"");
        assertThat(model.summaryProperty().get()).contains("nothing was imported");
        assertThat(reloads[0]).isZero();
    }

    @Test
    void aGoodFileImportsAndReloadsTheQueue() throws IOException {
        int[] reloads = {0};
        ImportViewModel model = new ImportViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(),
            () -> reloads[0]++);
        Path file = Files.writeString(dir.resolve("spring.txt"), "A line of spring copy.\n");

        model.importFile(ImportViewModel.Kind.COPY, file);

        assertThat(model.summaryProperty().get()).isEqualTo("Imported 1 row from spring.txt: 1 new, 0 updated.");
        assertThat(reloads[0]).isEqualTo(1);
    }

    @Test
    void whenTheTaskEndsTheResultIsAlreadyThereNotImporting() throws IOException {
        ImportViewModel model = new ImportViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(), () -> { });
        java.util.List<String> seenWhenDone = new java.util.ArrayList<>();
        model.runningProperty().addListener((observable, was, now) -> {
            if (!now) {
                seenWhenDone.add(model.summaryProperty().get() + " | " + model.problems().size());
            }
        });

        model.importFile(ImportViewModel.Kind.COPY, Files.writeString(dir.resolve("ok.txt"), "A line.\n"));
        model.importFile(ImportViewModel.Kind.STATS, Files.writeString(dir.resolve("bad.csv"),
            "id,description,cohort_size\nx,People,many\n"));

        assertThat(seenWhenDone).hasSize(2);
        assertThat(seenWhenDone.get(0)).startsWith("Imported 1 row from ok.txt");
        assertThat(seenWhenDone.get(1)).contains("nothing was imported").endsWith("| 1");
    }
}
