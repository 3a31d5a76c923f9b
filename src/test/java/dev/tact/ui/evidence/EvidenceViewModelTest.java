package dev.tact.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tact.core.Decision;
import dev.tact.core.Verdict;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.DeskFixtures;
import dev.tact.ui.InlineRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision rules as the desk explains and applies them, without a toolkit. */
class EvidenceViewModelTest {
    @TempDir
    Path dir;

    private final List<Decision> recorded = new ArrayList<>();

    private EvidenceViewModel model(DeskBackend backend, boolean confirmOverrides) {
        return new EvidenceViewModel(backend, new InlineRunner(), (title, message) -> confirmOverrides,
            (lineId, done) -> recorded.add(done.decision()));
    }

    @Test
    void rejectingNeedsAReasonAndIsRecordedWithIt() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        EvidenceViewModel model = model(backend, true);
        model.lineProperty().set(DeskFixtures.line(backend, "hol-02"));

        model.start(Verdict.REJECT);
        assertFalse(model.canConfirmBinding().get());
        assertThat(model.hintProperty().get()).contains("give a reason");

        model.reasonProperty().set("Singles out 53 people");
        assertTrue(model.canConfirmBinding().get());
        model.confirm();

        assertEquals(1, recorded.size());
        assertEquals("Singles out 53 people", recorded.get(0).reason());
        assertThat(model.messageProperty().get()).startsWith("Recorded: ana rejected line hol-02");
        assertThat(model.historyProperty().get().versions()).hasSize(1);
    }

    @Test
    void nobodyApprovesALineTheyWrote() {
        DeskBackend backend = DeskFixtures.backend(dir, "maya.chen");
        EvidenceViewModel model = model(backend, true);
        model.lineProperty().set(DeskFixtures.line(backend, "w26-01"));

        assertThat(model.hintProperty().get()).contains("You wrote this line");
        model.start(Verdict.APPROVE);

        assertFalse(model.canConfirmBinding().get());
        assertThat(model.hintProperty().get()).contains("cannot approve it");
    }

    @Test
    void approvingAHighLineNeedsAReasonAndAConfirmation() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        EvidenceViewModel declining = model(backend, false);
        declining.lineProperty().set(DeskFixtures.line(backend, "hol-02"));

        declining.start(Verdict.APPROVE);
        assertThat(declining.hintProperty().get()).contains("override reason");
        declining.reasonProperty().set("Legal accepted it");
        declining.confirm();
        assertThat(recorded).isEmpty();

        EvidenceViewModel confirming = model(backend, true);
        confirming.lineProperty().set(DeskFixtures.line(backend, "hol-02"));
        confirming.start(Verdict.APPROVE);
        confirming.reasonProperty().set("Legal accepted it");
        confirming.confirm();
        assertTrue(recorded.get(0).override());
    }

    @Test
    void theReaderSentenceSpeaksToOneOfTheCohort() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");

        assertEquals("If you are one of these 53 people, this line is about you and 52 others.",
            ReaderSentence.of(DeskFixtures.line(backend, "hol-02")));
        assertEquals("If you are the one person this describes, this line is about you alone.",
            ReaderSentence.of(DeskFixtures.line(backend, "hol-04")));
    }

    @Test
    void aLineDecidedElsewhereWhileBeingReadIsNotDecidedAgain() {
        DeskBackend backend = DeskFixtures.backend(dir, "ana");
        EvidenceViewModel model = model(backend, false);
        model.lineProperty().set(DeskFixtures.line(backend, "hol-02"));
        // Another desk (or the CLI) decides the same line while ana reads it.
        DeskFixtures.backend(dir, "rita.legal").decide("hol-02", Verdict.REJECT, "Singles out 53 people",
            dev.tact.core.LineStatus.PENDING, 1);

        model.start(Verdict.REJECT);
        model.reasonProperty().set("Too narrow");
        model.confirm();

        assertThat(model.messageProperty().get()).contains("changed while you were reading it")
            .contains("(decided by rita.legal just now: reject)").contains("Reload");
        assertThat(DeskFixtures.backend(dir, "ana").history("hol-02").decisions()).hasSize(1);
    }
}
