package dev.tact.cli;

import dev.tact.store.files.ImportProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/** A progress bar with rows per second, redrawn in place on a terminal's stderr. */
final class TerminalProgress implements ImportProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_EVERY_MILLIS = 100;

    private final PrintWriter err;
    private final Clock clock;
    private final long startMillis;
    private long lastDrawMillis;
    private boolean drawn;

    TerminalProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
        this.startMillis = clock.millis();
    }

    /** A bar when stderr is a terminal, otherwise nothing: logs and pipes get only the summary. */
    static ImportProgress forStderr(PrintWriter err, Clock clock) {
        return System.console() != null ? new TerminalProgress(err, clock) : ImportProgress.NONE;
    }

    @Override
    public void update(long bytesRead, long totalBytes, long rows) {
        long now = clock.millis();
        if (drawn && now - lastDrawMillis < REDRAW_EVERY_MILLIS) {
            return;
        }
        lastDrawMillis = now;
        drawn = true;
        err.print("\r" + line(bytesRead, totalBytes, rows, now - startMillis));
        err.flush();
    }

    static String line(long bytesRead, long totalBytes, long rows, long elapsedMillis) {
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytesRead / totalBytes) : 0;
        int filled = (int) Math.round(fraction * WIDTH);
        long rate = elapsedMillis > 0 ? rows * 1000 / elapsedMillis : 0;
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d rows  %,d rows/s ",
            "#".repeat(filled), "-".repeat(WIDTH - filled), Math.round(fraction * 100), rows, rate);
    }

    /** Clears the bar so the summary starts on a clean line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }

    static void finish(ImportProgress progress) {
        if (progress instanceof TerminalProgress bar) {
            bar.finish();
        }
    }
}
