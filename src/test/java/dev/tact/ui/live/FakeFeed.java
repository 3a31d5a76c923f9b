package dev.tact.ui.live;

import dev.tact.store.db.ChangeFeed;

/** A change feed a test drives by hand: what it reports reaches the listener at once, on the test's thread. */
public final class FakeFeed implements ChangeFeed {
    private Listener listener;
    private int checks;
    private boolean closed;

    @Override
    public void start(Listener started) {
        this.listener = started;
    }

    @Override
    public void checkNow() {
        checks++;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** The desk's listener; fails the test if the desk never started the feed. */
    public Listener listener() {
        if (listener == null) {
            throw new IllegalStateException("the feed was never started");
        }
        return listener;
    }

    public int checks() {
        return checks;
    }

    public boolean closed() {
        return closed;
    }
}
