package dev.tact.core;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, as a reviewer reads it: "20 s ago", "3 min ago", "2 h ago", "4 days ago". */
public final class Elapsed {
    private Elapsed() {
    }

    /**
     * @param then when it happened
     * @param now  the clock's now; a {@code then} after it (clock skew between desks) reads "just now"
     */
    public static String since(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 5) {
            return "just now";
        }
        if (seconds < 90) {
            return seconds + " s ago";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min ago";
        }
        if (seconds < 36 * 3600) {
            return Math.round(seconds / 3600.0) + " h ago";
        }
        return Math.round(seconds / 86400.0) + " days ago";
    }
}
