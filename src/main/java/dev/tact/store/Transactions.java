package dev.tact.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work as one transaction: committed when it returns, rolled back when it throws. */
final class Transactions {

    /** Work on a connection that may fail with SQL or with its own checked exception. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws SQLException, E;
    }

    private Transactions() {
    }

    static <T, E extends Exception> T inOne(Connection connection, Work<T, E> work) throws SQLException, E {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
