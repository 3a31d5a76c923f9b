package dev.tact.ui.live;

import dev.tact.store.db.ServerUnreachable;
import dev.tact.ui.BackgroundRunner;
import java.util.function.Consumer;

/**
 * The desk's runner, watching every backend call: one that finds the team server unreachable
 * tells the live desk (which shows the desk offline) before the caller's own failure handler runs.
 */
public final class ReachabilityRunner implements BackgroundRunner {
    private final BackgroundRunner runner;
    private Runnable onUnreachable = () -> { };

    public ReachabilityRunner(BackgroundRunner runner) {
        this.runner = runner;
    }

    /** What to do (on the JavaFX thread) when a call could not reach the server. */
    public void setOnUnreachable(Runnable action) {
        this.onUnreachable = action;
    }

    @Override
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runner.run(work, onSuccess, failure -> {
            if (ServerUnreachable.in(failure)) {
                onUnreachable.run();
            }
            onFailure.accept(failure);
        });
    }
}
