package dev.tact.cli;

import dev.tact.store.db.Database;
import dev.tact.store.trail.Reviewers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reviewers' key directories and passphrase files for CLI tests, enrolled in the test database. */
public final class CliKeys {
    public static final String PASSPHRASE = "correct horse battery";

    private CliKeys() {
    }

    /** The reviewer's configuration directory (dir/keys/NAME), made and enrolled on first use. */
    public static Path config(Path dir, Path database, String name) {
        Path config = dir.resolve("keys").resolve(name);
        if (!Files.exists(config.resolve("signing.key"))) {
            Reviewers.of(Database.open(database)).keyFiles(config, name, PASSPHRASE.toCharArray());
        }
        return config;
    }

    /** A file holding the passphrase, as CI keeps a secret. */
    public static Path passphraseFile(Path dir) {
        Path file = dir.resolve("keys").resolve("passphrase");
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, PASSPHRASE + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
