package dev.tact.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.store.lines.KeptDraft;
import dev.tact.store.lines.LineEditor;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the team database cannot be reached, a draft is kept on this computer and offered again afterwards. */
class OfflineDraftTest {
    @TempDir
    Path dir;

    private final List<String> saved = new ArrayList<>();

    @Test
    void whatIsTypedOfflineIsKeptLocallyAndSavingDoesNotReachTheStore() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        int lines = backend.load(0).lines().size();
        KeptDraft kept = new KeptDraft(dir.resolve("drafts/team.json"));
        DraftViewModel model = new DraftViewModel(backend, new InlineRunner(), saved::add, kept);
        model.campaignProperty().set("Spring");
        model.offlineProperty().set(true);

        model.textProperty().set("Half a million of you streamed spring playlists.");
        model.save();

        assertEquals("Half a million of you streamed spring playlists.", kept.read().orElseThrow().text());
        assertEquals("Spring", kept.read().orElseThrow().campaign());
        assertThat(saved).isEmpty();
        assertEquals(lines, backend.load(0).lines().size(), "nothing was written to the store while offline");
        assertThat(model.messageProperty().get()).startsWith("Offline: the draft is kept on this computer ("
            + kept.file() + ")");
    }

    @Test
    void backOnlineTheKeptDraftIsOfferedInAnEmptyPaneAndSavingItForgetsIt() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        KeptDraft kept = new KeptDraft(dir.resolve("drafts/team.json"));
        kept.keep(new LineEditor.Draft("", "Spring", "national social", "ana",
            "Half a million of you streamed spring playlists.", List.of()));
        DraftViewModel model = new DraftViewModel(backend, new InlineRunner(), saved::add, kept);

        model.offerKept();

        assertEquals("Half a million of you streamed spring playlists.", model.textProperty().get());
        assertEquals("Spring", model.campaignProperty().get());
        assertThat(model.messageProperty().get()).startsWith("The team database is back: save the draft");
        model.save();
        assertThat(saved).hasSize(1);
        assertEquals(Optional.empty(), kept.read());
    }

    @Test
    void aKeptDraftDoesNotOverwriteADifferentDraftInThePane() {
        KeptDraft kept = new KeptDraft(dir.resolve("drafts/team.json"));
        kept.keep(new LineEditor.Draft("", "Spring", "social", "ana", "Written offline.", List.of()));
        DraftViewModel model = new DraftViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(), saved::add,
            kept);
        model.textProperty().set("Something else entirely.");

        model.offerKept();

        assertEquals("Something else entirely.", model.textProperty().get());
        assertEquals("A draft you wrote offline is kept in " + kept.file() + "; save or clear this one first.",
            model.messageProperty().get());
    }
}
