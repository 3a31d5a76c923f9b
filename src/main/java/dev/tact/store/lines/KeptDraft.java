package dev.tact.store.lines;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A draft kept on the reviewer's own disk while the team database cannot be reached, one file
 * per database ({@code drafts/<database>.json} in the config directory), so what was typed
 * offline survives a closed window and is offered again once the server is back.
 */
public final class KeptDraft {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public KeptDraft(Path file) {
        this.file = file;
    }

    /** The file for drafts written against this database, under the config directory. */
    public static KeptDraft forDatabase(Path configDirectory, DatabaseAddress address) {
        // The URL as shown never holds a password (DatabaseAddress refuses one), so it is safe as a name.
        String name = address.display().replaceAll("[^A-Za-z0-9._-]+", "_");
        return new KeptDraft(configDirectory.resolve("drafts").resolve(name + ".json"));
    }

    /**
     * Keeps the draft, replacing the one kept before; written to a temporary file and moved, so a
     * crash leaves the old draft or the new one, never half of one.
     *
     * @throws StoreException when the file cannot be written
     */
    public void keep(LineEditor.Draft draft) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            JSON.writeValue(partial.toFile(), draft);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not keep the draft in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The draft kept, if any.
     *
     * @throws StoreException when the file is there but cannot be read as a draft
     */
    public Optional<LineEditor.Draft> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), LineEditor.Draft.class));
        } catch (IOException e) {
            throw new StoreException("Could not read the draft kept in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forgets the kept draft (it was saved to the database). */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("Could not remove the kept draft " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the draft is kept, for messages. */
    public Path file() {
        return file;
    }
}
