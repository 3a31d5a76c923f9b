package dev.tact.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tact.core.Band;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftViewModelTest {
    @TempDir
    Path dir;

    private final List<String> saved = new ArrayList<>();

    @Test
    void theAssessmentFollowsTheTextAsItIsTyped() {
        DraftViewModel model = new DraftViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(), saved::add);

        model.textProperty().set("More than 10 million of you listened to summer hits.");
        assertEquals(Band.LOW, model.assessmentProperty().get().band());

        model.textProperty().set("To the 53 people who've watched A Christmas Prince every day: who hurt you?");
        assertEquals(Band.HIGH, model.assessmentProperty().get().band());
        assertEquals(53, model.assessmentProperty().get().cohort().orElseThrow().size());
    }

    @Test
    void savingANewLineAndThenAnEditMakesAVersion() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        DraftViewModel model = new DraftViewModel(backend, new InlineRunner(), saved::add);
        model.campaignProperty().set("Spring");
        model.textProperty().set("Half a million of you streamed spring playlists.");

        model.save();
        assertThat(saved).hasSize(1);
        model.edit(DeskFixtures.line(backend, saved.get(0)));
        model.textProperty().set("Half a million of you streamed spring playlists this April.");
        model.save();

        assertEquals(2, DeskFixtures.line(backend, saved.get(0)).item().line().version());
        assertThat(model.messageProperty().get()).contains("pending review");
    }

    @Test
    void theSecondOfTwoDesksEditingOneVersionIsToldWhoChangedItAndKeepsItsText() {
        // jon on his laptop and on his desktop: both opened version 1 of his line.
        DeskBackend laptop = DeskFixtures.backend(dir, "jon.ortiz");
        DeskBackend desktop = DeskFixtures.backend(dir, "jon.ortiz");
        DraftViewModel first = new DraftViewModel(laptop, new InlineRunner(), saved::add);
        DraftViewModel second = new DraftViewModel(desktop, new InlineRunner(), saved::add);
        first.edit(DeskFixtures.line(laptop, "w26-03"));
        second.edit(DeskFixtures.line(desktop, "w26-03"));

        first.textProperty().set("Millions of listeners streamed 'Rainy Day Jazz' this year.");
        first.save();
        second.textProperty().set("'Rainy Day Jazz' was streamed by 2.6 million listeners. Smooth.");
        second.save();

        assertThat(second.messageProperty().get()).contains("Line w26-03 was changed by jon.ortiz at")
            .contains("(now version 2) — reload to see it");
        assertEquals("'Rainy Day Jazz' was streamed by 2.6 million listeners. Smooth.", second.textProperty().get());
        assertEquals("Millions of listeners streamed 'Rainy Day Jazz' this year.",
            DeskFixtures.line(laptop, "w26-03").item().line().text());
    }

    @Test
    void aRiskyDraftGetsSaferAlternativesThatCanBeUsed() {
        DraftViewModel model = new DraftViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(), saved::add);

        model.textProperty().set("To the 53 people who've watched A Christmas Prince every day for the past 18 days:"
            + " Who hurt you?");
        assertThat(model.suggestions()).isNotEmpty();
        model.use(model.suggestions().get(0));

        assertThat(model.textProperty().get()).startsWith("More than 8,800 people have watched");
        assertEquals("acp-daily", model.statIdsProperty().get());
        assertThat(model.assessmentProperty().get().score()).isLessThan(60);
    }

    @Test
    void anUnknownCitedStatIsASentence() {
        DraftViewModel model = new DraftViewModel(DeskFixtures.backend(dir, "ana"), new InlineRunner(), saved::add);
        model.textProperty().set("Some copy.");
        model.statIdsProperty().set("no-such-stat");

        model.save();

        assertThat(model.messageProperty().get()).contains("unknown stat \"no-such-stat\"");
        assertThat(saved).isEmpty();
    }
}
