package dev.tact.ui.live;

import java.time.Duration;

/** Runs an action on the JavaFX thread every so often (a Timeline in the desk; by hand in tests). */
@FunctionalInterface
public interface Ticker {
    void every(Duration period, Runnable action);
}
