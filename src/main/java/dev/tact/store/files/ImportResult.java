package dev.tact.store.files;

/**
 * What an import wrote.
 *
 * @param file     the file name as given
 * @param importId the import log row that records it
 * @param rows     data rows read
 * @param inserted rows that were new
 * @param updated  rows that replaced existing ones ({@code --replace})
 * @param sha256   SHA-256 of the file's bytes, lower-case hex
 * @param readAs   how the file was read when not as plain comma-separated CSV ("tab-separated"), else empty
 */
public record ImportResult(String file, long importId, long rows, long inserted, long updated, String sha256,
                           String readAs) {
}
