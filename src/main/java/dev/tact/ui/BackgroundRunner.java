package dev.tact.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (the database, the scorer) off the JavaFX thread and hands the result back on
 * it. The desk uses {@link FxBackgroundRunner}; view-model tests run the work inline.
 */
public interface BackgroundRunner {

    /**
     * @param work      runs on a background thread
     * @param onSuccess gets the result on the JavaFX thread
     * @param onFailure gets the failure on the JavaFX thread
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
