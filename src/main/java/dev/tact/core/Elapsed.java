package dev.tact.core;

import java.time.Duration;
import java.time.Instant;

/** How long ago something happened, as a reviewer reads it: "20 s ago", "3 min ago", "2 h ago", "1 day ago", "4 days ago". */
public final class Elapsed {
    private Elapsed() {
    }

    /**
     * @param then when it happened
     * @param now  the clock's now; a {@code then} after it (clock skew between desks) reads "just now"
     */
    public static String since(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 5) {
            return "just now";
        }
        if (seconds < 60) {
            return seconds + " s ago";
        }
        if (seconds < 3_600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 86_400) {
            return seconds / 3_600 + " h ago";
        }
        long days = seconds / 86_400;
        return days + (days == 1 ? " day ago" : " days ago");
    }
}
