package dev.tact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tact.core.Assessment;
import dev.tact.core.CohortLookup;
import dev.tact.core.Stat;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import dev.tact.store.lines.CopyRow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeldLinesTest {
    private static final Assessor ASSESSOR = new Assessor(PolicyCodec.defaults());

    @ParameterizedTest
    @ValueSource(ints = {0, 1_000, Integer.MAX_VALUE})
    void linesComeBackInOrderWholeWhereverTheyWereHeld(int inMemory) {
        List<Assessment> assessed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<HeldLines.Line> back = new ArrayList<>();
        try (HeldLines held = new HeldLines(inMemory)) {
            for (int i = 0; i < 300; i++) {
                // Each line cites its own copy of one stat, as each lookup hands out its own.
                Stat stat = new Stat("bb-wed", "Streamed Boozy Brunch on a Wednesday", 3445, OptionalLong.empty(),
                    "2026-W09", "streamflix-uk", Map.of("title", "Boozy Brunch", "day", "on a Wednesday"));
                String text = String.format("%,d of you streamed Boozy Brunch on a Wednesday (%d)", 3445, i);
                Assessment assessment = ASSESSOR.assess(text, List.of(stat), CohortLookup.NONE, "");
                assessed.add(assessment);
                texts.add(text);
                held.add(HeldLines.entry(new CopyRow(i + 1, "line-" + i, "", "", "", text, List.of("bb-wed"), 5), assessment,
                    i % 2 == 0 ? "record " + i + "\n" : null));
            }
            held.replay(bytes -> back.add(HeldLines.line(bytes)));

            assertThat(held.figures()).hasSize(300);
            assertSame(held.figures().get(0).stat(), held.figures().get(299).stat());
            assertEquals(inMemory < 1_000_000, held.spilled());
        }
        assertThat(back).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertEquals("line-" + i, back.get(i).id());
            assertEquals(texts.get(i), back.get(i).row().text());
            assertEquals(List.of("bb-wed"), back.get(i).row().statIds());
            assertEquals(Optional.of(assessed.get(i)), back.get(i).assessment());
            assertEquals(assessed.get(i).band(), back.get(i).band());
            if (i % 2 == 0) {
                assertEquals("record " + i + "\n", back.get(i).record());
            } else {
                assertNull(back.get(i).record());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aLineWithItsRecordAndNoFigureKeepsOnlyTheRecord() {
        String text = "See you next year.";
        Assessment assessment = ASSESSOR.assess(text, List.of(), CohortLookup.NONE, "");
        List<HeldLines.Line> back = new ArrayList<>();
        try (HeldLines held = new HeldLines(0)) {
            held.add(HeldLines.entry(new CopyRow(2, "a", "", "email", "", text, List.of(), 5), assessment, "a,1\n"));
            held.add(HeldLines.entry(new CopyRow(3, "b", "", "email", "", text, List.of(), 5), assessment, null));
            held.replay(bytes -> back.add(HeldLines.line(bytes)));
            assertThat(held.figures()).isEmpty();
        }
        assertEquals(Optional.empty(), back.get(0).assessment());
        assertEquals("email", back.get(0).row().channel());
        assertEquals(Optional.of(assessment), back.get(1).assessment());
    }
}
