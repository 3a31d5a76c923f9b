package dev.tact.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("solo-file")
class SharedFolderCheckTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "/home/maya/Dropbox/tact/tact.db, Dropbox",
        "/home/maya/Dropbox (Acme)/tact.db, Dropbox (Acme)",
        "/Users/maya/OneDrive - Acme Corp/Review/tact.db, OneDrive - Acme Corp",
        "/Users/maya/Library/Mobile Documents/com~apple~CloudDocs/tact.db, Mobile Documents",
        "/Users/maya/Google Drive/My Drive/tact.db, Google Drive",
        "/home/maya/Nextcloud/tact.db, Nextcloud"})
    void aSyncedFolderIsNamed(String file, String folder) {
        assertEquals(Optional.of(folder), SharedFolderCheck.syncedFolder(Path.of(file)));
        assertThat(SharedFolderCheck.warningFor(Path.of(file)).orElseThrow()).contains("is in a " + folder + " folder")
            .contains("corrupt").contains("Team mode");
    }

    @ParameterizedTest
    @CsvSource({"/home/maya/.local/share/tact/tact.db", "/home/maya/boxes/tact.db", "/srv/megadata/tact.db",
        "/home/maya/dropbox-notes.txt/tact.db"})
    void anOrdinaryFolderIsNotTakenForASyncedOne(String file) {
        assertEquals(Optional.empty(), SharedFolderCheck.syncedFolder(Path.of(file)));
    }

    @Test
    void aLocalTemporaryFolderGivesNoWarning() {
        assertEquals(Optional.empty(), SharedFolderCheck.warningFor(dir.resolve("not-yet/tact.db")));
    }
}
