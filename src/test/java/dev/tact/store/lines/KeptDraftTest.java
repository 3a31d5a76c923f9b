package dev.tact.store.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft written offline survives on the reviewer's disk, one file per database. */
@Tag("solo-file")
class KeptDraftTest {
    @TempDir
    Path dir;

    private final LineEditor.Draft draft = new LineEditor.Draft("spr-03", "Spring", "social", "rita",
        "Most of our customers renewed.", List.of("renewals-2026"), "");

    @Test
    void aKeptDraftReadsBackWholeAndIsGoneOnceDiscarded() {
        KeptDraft kept = KeptDraft.forDatabase(dir, DatabaseAddress.parse("postgresql://rita@db.example.com:5432/tact"));
        assertEquals(dir.resolve("drafts/postgresql_rita_db.example.com_5432_tact.json"), kept.file());
        assertEquals(Optional.empty(), kept.read());

        kept.keep(draft);
        assertEquals(Optional.of(draft), kept.read());
        assertFalse(Files.exists(kept.file().resolveSibling(kept.file().getFileName() + ".partial")));

        kept.discard();
        assertEquals(Optional.empty(), kept.read());
    }

    @Test
    void aLaterDraftReplacesTheEarlierOne() {
        KeptDraft kept = new KeptDraft(dir.resolve("drafts/a.json"));
        kept.keep(draft);
        LineEditor.Draft later = new LineEditor.Draft("", "Spring", "social", "rita", "Many customers renewed.",
            List.of());
        kept.keep(later);
        assertEquals(Optional.of(later), kept.read());
    }

    @Test
    void aDamagedFileIsReportedNotIgnored() throws Exception {
        KeptDraft kept = new KeptDraft(dir.resolve("a.json"));
        Files.writeString(kept.file(), "{ not json");
        StoreException thrown = assertThrows(StoreException.class, kept::read);
        assertEquals(true, thrown.getMessage().startsWith("Could not read the draft kept in " + kept.file()));
    }
}
