package dev.tact.ui.live;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** A {@link Ticker} on JavaFX's animation timer: the action runs on the JavaFX thread. */
public final class FxTicker implements Ticker {
    private final java.util.List<Timeline> running = new java.util.ArrayList<>();

    @Override
    public void every(Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()),
            event -> action.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
        running.add(timeline);
    }

    /** Stops every action (the desk is closing or reopening on another store). */
    public void stop() {
        running.forEach(Timeline::stop);
        running.clear();
    }
}
