package dev.tact.store.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Tells a team server that cannot be reached from any other failure, so the desk can say it is
 * offline rather than that one operation failed. A SQLite file is never "unreachable".
 */
public final class ServerUnreachable {
    // SQLSTATE class 08 is "connection exception"; 57P01–57P03 mean the server ended the session
    // (shut down, restarted, or an admin terminated the backend).
    private static final String CONNECTION_CLASS = "08";

    private ServerUnreachable() {
    }

    /** Whether the failure, or anything that caused it, is a lost or refused connection to a server. */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof UnknownHostException || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
