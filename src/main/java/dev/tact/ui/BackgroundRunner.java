package dev.tact.ui;

import java.util.function.Consumer;

/**
 * Runs slow work (the database, imports) off the JavaFX thread and hands the result back on
 * it. The desk uses {@link FxBackgroundRunner}; view-model tests run the work inline.
 */
public interface BackgroundRunner {

    /** Where long work reports how far it is. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (fraction, message) -> { };

        /** @param fraction done so far, in [0, 1], or negative when unknown */
        void update(double fraction, String message);
    }

    /** Work that may report progress. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * @param work      runs on a background thread
     * @param onSuccess gets the result on the JavaFX thread
     * @param onFailure gets the failure on the JavaFX thread
     */
    <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
