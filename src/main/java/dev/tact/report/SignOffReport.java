package dev.tact.report;

import dev.tact.store.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a campaign's sign-off report to a file: the one path behind {@code tact export} and the
 * desk's File → Export. The format comes from the caller or else the file's extension, and the
 * database file itself is never the target.
 */
public final class SignOffReport {
    /** The report's file formats. */
    public enum Format { PDF, CSV }

    /** The file named cannot take the report: no known extension, or it is the database. */
    public static final class BadTargetException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadTargetException(String message) {
            super(message);
        }
    }

    private SignOffReport() {
    }

    /**
     * @param format the format, or empty to take it from the extension (.pdf or .csv)
     * @return the number of lines in the report
     * @throws BadTargetException when no format is given and the name is neither .pdf nor .csv, the
     *                                  name's extension contradicts the format, the folder does not
     *                                  exist, or the file is the database (or its -wal, -shm, -journal)
     */
    public static int write(Database database, String campaign, Path out, Optional<Format> format, Clock clock,
                            String user) throws IOException {
        Format chosen = format.orElseGet(() -> fromExtension(out));
        refuseAContradictingExtension(out, chosen);
        refuseAMissingFolder(out);
        if (database.localFile().isPresent()) {
            refuseTheDatabase(database.file(), out);
        }
        SignOffSheet sheet = SignOffSheets.build(database, campaign, clock, user);
        if (chosen == Format.PDF) {
            PdfSignOff.write(sheet, out);
        } else {
            CsvSignOff.write(sheet, out);
        }
        return sheet.rows().size();
    }

    // "report.csv" without a format is a CSV: a PDF inside a .csv file is a quiet wrong answer.
    static Format fromExtension(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Format.PDF;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        throw new BadTargetException(out + ": name the file .pdf or .csv, or say which format");
    }

    // "--out report.pdf --format csv" would put CSV text in a file every viewer opens as a PDF.
    static void refuseAContradictingExtension(Path out, Format chosen) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format other : Format.values()) {
            if (other != chosen && name.endsWith("." + other.name().toLowerCase(Locale.ROOT))) {
                throw new BadTargetException(out + ": the name says " + other.name() + " but the format is "
                    + chosen.name() + ": name the file ." + chosen.name().toLowerCase(Locale.ROOT)
                    + " or choose --format " + other.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    static void refuseAMissingFolder(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadTargetException(out + ": the folder " + folder + (Files.exists(folder) ? " is not a folder"
                : " does not exist") + ": create it or choose another place for the report");
        }
    }

    static void refuseTheDatabase(Path databaseFile, Path out) throws IOException {
        Path database = databaseFile.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        boolean same = target.equals(database)
            || Files.exists(target) && Files.exists(database) && Files.isSameFile(target, database);
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            same |= target.toString().equals(database + suffix);
        }
        if (same) {
            throw new BadTargetException(out + " is the database itself: choose another file for the report");
        }
    }
}
