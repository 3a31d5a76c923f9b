package dev.tact.store.db;

import dev.tact.core.Decision;
import dev.tact.core.Stat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The hashes that bind a decision to its data: the line's text and the stats it cites. */
public final class Bindings {

    private Bindings() {
    }

    public static String textHash(String text) {
        return Decision.sha256(text);
    }

    /** SHA-256 over every field of each cited stat, in id order; empty list hashes the empty text. */
    public static String statsHash(List<Stat> stats) {
        StringBuilder text = new StringBuilder();
        for (Stat stat : stats.stream().sorted(Comparator.comparing(Stat::id)).toList()) {
            text.append(stat.id()).append('\t').append(stat.cohortSize()).append('\t')
                .append(stat.baseSize().isPresent() ? Long.toString(stat.baseSize().getAsLong()) : "").append('\t')
                .append(stat.period()).append('\t').append(stat.source()).append('\t')
                .append(dimensions(stat.dimensions())).append('\t').append(stat.description()).append('\n');
        }
        return Decision.sha256(text.toString());
    }

    private static String dimensions(Map<String, String> dims) {
        StringBuilder text = new StringBuilder();
        dims.forEach((name, value) -> text.append(name).append('=').append(value).append(';'));
        return text.toString();
    }
}
