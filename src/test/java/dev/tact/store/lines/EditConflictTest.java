package dev.tact.store.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.store.StoreFixtures;
import dev.tact.store.TestStores;
import dev.tact.store.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers editing one line: the second save is refused with who changed it, and nothing is lost. */
class EditConflictTest {
    private static final Clock AT_10_42 = Clock.fixed(Instant.parse("2026-11-28T10:42:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theSecondOfTwoEditorsOfOneVersionIsToldWhoChangedItAndWhen() throws Exception {
        Database database = TestStores.demo(dir, StoreFixtures.CLOCK, "tester");
        LineEditor maya = new LineEditor(database, AT_10_42);
        LineEditor jon = new LineEditor(database, AT_10_42);
        maya.save(draft("Millions of you watched Stranger Things this year.").basedOn(1));

        EditConflictException refused = assertThrows(EditConflictException.class,
            () -> jon.save(draft("13.8 million watched. The Upside Down is mainstream.").basedOn(1)));

        assertEquals("Line w26-01 was changed by maya.chen at 10:42 (now version 2) — reload to see it. Your text"
            + " was not saved and is still in the editor.", refused.getMessage());
        assertEquals(2, refused.version());
        assertEquals("Millions of you watched Stranger Things this year.", StoreFixtures.text(database,
            "SELECT v.text FROM copy_line l JOIN copy_line_version v ON v.line_id = l.id"
                + " AND v.version = l.current_version WHERE l.id = 'w26-01'"));
        assertEquals(2, StoreFixtures.count(database, "SELECT count(*) FROM copy_line_version WHERE line_id = 'w26-01'"));
    }

    @Test
    void anEditorWhoReloadedSavesOnTheNewVersion() throws Exception {
        Database database = TestStores.demo(dir, StoreFixtures.CLOCK, "tester");
        LineEditor editor = new LineEditor(database, AT_10_42);
        editor.save(draft("Millions of you watched Stranger Things this year.").basedOn(1));
        editor.save(draft("Millions watched Stranger Things this year.").basedOn(2));

        assertThat(StoreFixtures.count(database, "SELECT current_version FROM copy_line WHERE id = 'w26-01'")).isEqualTo(3);
    }

    private static LineEditor.Draft draft(String text) {
        return new LineEditor.Draft("w26-01", "Wrapped 2026", "national social", "maya.chen", text, List.of("str-yr"));
    }
}
