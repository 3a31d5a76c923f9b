package dev.tact.store.db;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work as one transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /** Work on a connection that may fail with SQL or with its own checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws SQLException, E;
    }

    private Transactions() {
    }

    public static <T, E extends Exception> T inOne(Connection connection, Work<T, E> work) throws SQLException, E {
        connection.setAutoCommit(false);
        Exception failure = null;
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Exception e) {
            failure = e;
            rollBack(connection, e);
            throw e;
        } finally {
            restoreAutoCommit(connection, failure);
        }
    }

    // SQLite rolls a transaction back by itself on some errors (a full disk, an I/O error); a
    // second rollback then fails with "no transaction is active" and would hide the real cause.
    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    // Turning auto-commit back on commits what is open; after a failure that fails too, and must
    // not take the place of the failure being thrown.
    private static void restoreAutoCommit(Connection connection, Exception failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }
}
