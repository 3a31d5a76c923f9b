package dev.tact.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** A refused createFile or createDirectories is said in words, not as the bare path the JDK gives. */
class StoreExceptionReasonTest {
    @Test
    void aRefusedCreationSaysWhyAndWhatToDo() {
        assertThat(StoreException.reason(new AccessDeniedException("/ro/x.db")))
            .startsWith("permission denied").contains("--db").doesNotContain("/ro/x.db");
        assertThat(StoreException.reason(new NoSuchFileException("/gone/x.db"))).isEqualTo("its folder does not exist");
        assertThat(StoreException.reason(new FileSystemException("/x.db", null, "Read-only file system")))
            .isEqualTo("Read-only file system");
        assertThat(StoreException.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    }
}
