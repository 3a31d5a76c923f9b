package dev.tact.store;

/** The database could not be opened, read or written. The message is a sentence for the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * Whether a failure is another program holding the database (SQLITE_BUSY or SQLITE_LOCKED
     * anywhere in its causes): the file is in use, which is not bad input.
     */
    public static boolean isBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite) {
                int code = sqlite.getResultCode().code & 0xff;
                return code == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code
                    || code == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code;
            }
        }
        return false;
    }
}
