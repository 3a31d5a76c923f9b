package dev.tact.store.files;

/** Told how far an import has read. Called on the importing thread, every few thousand rows. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (bytesRead, totalBytes, rows) -> { };

    /**
     * @param bytesRead  bytes of the file read so far
     * @param totalBytes the file's size in bytes, 0 when unknown
     * @param rows       data rows read so far
     */
    void update(long bytesRead, long totalBytes, long rows);
}
