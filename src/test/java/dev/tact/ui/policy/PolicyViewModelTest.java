package dev.tact.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import dev.tact.ui.lines.LinesViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyViewModelTest {
    @TempDir
    Path dir;

    @Test
    void closingTheDialogDiscardsAnUnsavedPreview() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        LinesViewModel queue = new LinesViewModel(backend::load, new InlineRunner());
        queue.reload();
        PolicyViewModel model = new PolicyViewModel(backend, new InlineRunner(), queue);
        model.load();
        model.presetProperty().set("strict");

        model.preview();
        assertThat(model.previewingProperty().get()).isTrue();
        assertThat(queue.statusProperty().get()).contains("policy strict");

        model.closed();

        assertThat(model.previewingProperty().get()).isFalse();
        assertThat(queue.statusProperty().get()).contains("policy platform-floor").doesNotContain("strict");
    }
}
