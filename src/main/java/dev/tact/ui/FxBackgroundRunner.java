package dev.tact.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one daemon thread, so desk work happens in the order asked;
 * the running task's progress and message are mirrored for the status bar.
 */
public final class FxBackgroundRunner implements BackgroundRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "tact-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    @Override
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((fraction, text) -> {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    updateMessage(text);
                });
            }
        };
        task.setOnRunning(event -> {
            progress.bind(task.progressProperty());
            message.bind(task.messageProperty());
        });
        task.setOnSucceeded(event -> {
            settle();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            settle();
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void settle() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Stops taking work; what runs finishes on its own daemon thread. */
    public void shutdown() {
        executor.shutdown();
    }
}
