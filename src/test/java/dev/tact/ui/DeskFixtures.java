package dev.tact.ui;

import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A desk backend on a real demo database in a temporary directory. */
public final class DeskFixtures {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

    private DeskFixtures() {
    }

    public static DeskBackend backend(Path dir, String reviewer) {
        return new DeskBackend(dir.resolve("desk.db"), CLOCK, reviewer);
    }

    public static DeskLine line(DeskBackend backend, String id) {
        return backend.load(0).lines().stream().filter(line -> line.item().line().id().equals(id)).findFirst()
            .orElseThrow();
    }
}
