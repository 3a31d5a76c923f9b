package dev.tact.store.db;

/** The database could not be opened, read or written. The message is a sentence for the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Why a file or folder could not be made, in words: the JDK's own message for a refused
     * {@code createFile} or {@code createDirectories} is the path alone.
     */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (choose another place with --db, or ask for write access to the folder)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }

    /** A full disk among the causes is said as such, whatever the driver's words for it. */
    public StoreException(String message, Throwable cause) {
        super(isDiskFull(cause) ? diskFull(message, cause) : withRightsHint(serverSentence(message, cause), cause),
            cause);
    }

    // "permission denied for table decision" names the table, not the fix: which group role does what.
    private static String withRightsHint(String message, Throwable cause) {
        if (!hasState(cause, "42501") || !message.contains("permission denied")) {
            return message;
        }
        return message + ". Your login lacks the group role for this: tact_writer imports and drafts, tact_brand and"
            + " tact_legal decide, tact_admin enrols reviewers and sets the policy (ask your Tact admin:"
            + " GRANT tact_legal TO your_login).";
    }

    // A server's error reads "ERROR: sentence" and then where in which function it was raised
    // (several lines of PL/pgSQL): the user is told the sentence alone.
    private static String serverSentence(String message, Throwable cause) {
        for (Throwable each = cause; each != null; each = each.getCause()) {
            if (each instanceof org.postgresql.util.PSQLException server && server.getServerErrorMessage() != null
                && server.getMessage() != null && message.contains(server.getMessage())) {
                return message.replace(server.getMessage(), String.valueOf(server.getServerErrorMessage().getMessage()));
            }
        }
        return message;
    }

    private static String diskFull(String message, Throwable cause) {
        String detail = String.valueOf(cause.getMessage());
        String doing = message.endsWith(": " + detail) ? message.substring(0, message.length() - detail.length() - 2)
            : message;
        return doing.replaceAll("[.:]\\s*$", "") + ": the disk is full. Nothing was changed; free some space on the"
            + " disk that holds the database and try again.";
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * Whether a failure is another program holding the database (SQLITE_BUSY or SQLITE_LOCKED
     * anywhere in its causes): the file is in use, which is not bad input.
     */
    public static boolean isBusy(Throwable failure) {
        int code = sqliteCode(failure);
        return code == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code || code == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /**
     * Whether a failure is the disk (or the database's size limit) being full: SQLITE_FULL in its
     * causes, or the JDK's "No space left on device" while writing a file.
     */
    public static boolean isDiskFull(Throwable failure) {
        if (sqliteCode(failure) == org.sqlite.SQLiteErrorCode.SQLITE_FULL.code || hasState(failure, "53100")) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure is the team server being out of reach: a connection exception (SQLSTATE
     * class 08, PostgreSQL manual Appendix A) among its causes. What was committed before stays.
     */
    public static boolean isUnreachable(Throwable failure) {
        // 08004: the server refused the connection (no password given): a login problem, not reach.
        return hasState(failure, "08") && !hasState(failure, "08004");
    }

    private static boolean hasState(Throwable failure, String prefix) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && String.valueOf(sql.getSQLState()).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    // The primary result code of the first SQLite error among the causes, -1 when there is none.
    private static int sqliteCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xff;
            }
        }
        return -1;
    }
}
