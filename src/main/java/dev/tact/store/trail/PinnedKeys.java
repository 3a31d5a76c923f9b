package dev.tact.store.trail;
import dev.tact.store.db.Database;
import dev.tact.store.db.StoreException;

import dev.tact.core.Signatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewers' keys this reviewer has seen in a database, pinned like SSH's known_hosts
 * ({@code known-reviewers/<database id>}, one {@code name fingerprint} per line): a registry that
 * later shows another key under a pinned name was rewritten, and verify says so loudly.
 */
public final class PinnedKeys {
    private static final String DIRECTORY = "known-reviewers";

    private PinnedKeys() {
    }

    /**
     * Compares the registry with the pins, then pins any reviewer not pinned yet.
     *
     * @return a sentence naming the first reviewer whose key changed, empty when none did
     */
    public static Optional<String> check(Path configDirectory, Database database) {
        String id = Checkpoints.databaseId(database);
        Map<String, String> pinned = read(configDirectory.resolve(DIRECTORY).resolve(id));
        Map<String, String> now = new LinkedHashMap<>(pinned);
        for (ReviewerRegistry.Reviewer reviewer : new ReviewerRegistry(database, java.time.Clock.systemUTC())
            .reviewers()) {
            if (reviewer.revoked()) {
                continue;
            }
            String seen = pinned.get(reviewer.name());
            if (seen != null && !seen.equals(reviewer.fingerprint())) {
                return Optional.of("THE KEY OF " + reviewer.name() + " CHANGED since you last saw this database: you"
                    + " pinned " + Signatures.shortFingerprint(seen) + ", the registry now says "
                    + Signatures.shortFingerprint(reviewer.fingerprint()) + ". If the key was revoked and"
                    + " re-enrolled on purpose, remove the line for " + reviewer.name() + " from "
                    + configDirectory.resolve(DIRECTORY).resolve(id) + "; otherwise the registry was rewritten");
            }
            now.putIfAbsent(reviewer.name(), reviewer.fingerprint());
        }
        if (!now.equals(pinned)) {
            write(configDirectory.resolve(DIRECTORY).resolve(id), now);
        }
        return Optional.empty();
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> pins = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return pins;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2) {
                    pins.put(parts[0], parts[1]);
                }
            }
            return pins;
        } catch (IOException e) {
            throw new StoreException("Could not read the pinned keys in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, Map<String, String> pins) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "pins", ".tmp");
            List<String> lines = pins.entrySet().stream().map(pin -> pin.getKey() + " " + pin.getValue()).toList();
            Files.write(temporary, lines);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("Could not pin the reviewers' keys in " + file + ": " + e.getMessage(), e);
        }
    }
}
