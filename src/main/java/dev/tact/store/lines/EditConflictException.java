package dev.tact.store.lines;

import dev.tact.store.db.StoreException;

/**
 * A draft was saved over a version of its line the writer never saw: someone else saved a newer
 * one since the draft was opened. Nothing was written; the draft is the caller's to keep.
 */
public final class EditConflictException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String changedBy;
    private final String changedAt;
    private final int version;

    EditConflictException(String lineId, String changedBy, String changedAt, int version) {
        super("Line " + lineId + " was changed by " + changedBy + " at " + changedAt + " (now version " + version
            + ") — reload to see it. Your text was not saved and is still in the editor.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** Who wrote the newer version: their reviewer name, or the line's author when unsigned. */
    public String changedBy() {
        return changedBy;
    }

    /** When, as HH:mm in the desk's time zone. */
    public String changedAt() {
        return changedAt;
    }

    /** The line's version now. */
    public int version() {
        return version;
    }
}
