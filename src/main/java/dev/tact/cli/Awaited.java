package dev.tact.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread, its failure rethrown as itself on the waiting thread. */
final class Awaited {
    private Awaited() {
    }

    /**
     * @param what what is waited for, for the message when the wait is interrupted
     * @return the future's value
     * @throws RuntimeException or {@link Error} the work threw, as itself; a checked exception wrapped
     *                          in an {@link IllegalStateException}, as is an interrupted wait
     */
    static <V> V value(Future<V> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }
}
