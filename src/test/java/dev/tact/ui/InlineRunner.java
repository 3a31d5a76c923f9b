package dev.tact.ui;

import java.util.function.Consumer;

/** Runs background work at once on the calling thread, so view-model tests need no toolkit. */
public final class InlineRunner implements BackgroundRunner {

    @Override
    public <T> void run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
