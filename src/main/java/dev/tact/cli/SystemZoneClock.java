package dev.tact.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's default time zone, as {@link Clock#systemDefaultZone()}, except
 * that the zone is looked up the first time something asks for it. Looking it up reads the time-zone
 * database, about 18 ms of a 200 ms {@code tact score} that never asks for a local date
 * (src/site/decisions/0012-start-up.md); commands that do (publish, the sign-off report) get the same
 * zone as before. Safe to use from several threads.
 */
final class SystemZoneClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId found = zone;
        if (found == null) {
            found = ZoneId.systemDefault();
            zone = found;
        }
        return found;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
