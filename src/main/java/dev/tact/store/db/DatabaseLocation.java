package dev.tact.store.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database lives when the user does not say: {@code --db}, else {@code TACT_DB},
 * else the per-user data directory of the platform.
 */
public final class DatabaseLocation {
    static final String FILE_NAME = "tact.db";

    private final Map<String, String> environment;
    private final String osName;
    private final Path userHome;

    public DatabaseLocation(Map<String, String> environment, String osName, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    /** The location for this process: its environment, OS and home directory. */
    public static DatabaseLocation ofThisProcess() {
        return new DatabaseLocation(System.getenv(), System.getProperty("os.name", ""),
            Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * The database to open, given the {@code --db} value if one was passed: a team server's URL or
     * a file, from {@code --db}, else {@code TACT_DB}, else the file in the data directory.
     *
     * @throws IllegalArgumentException when a server URL is malformed or holds a password
     */
    public DatabaseAddress address(Optional<String> explicit) {
        return chosenAddress(explicit).orElseGet(() -> new DatabaseAddress.File(dataDirectory().resolve(FILE_NAME)));
    }

    /** The database the user chose, by {@code --db} or {@code TACT_DB}; empty when neither was given. */
    public Optional<DatabaseAddress> chosenAddress(Optional<String> explicit) {
        return explicit.filter(value -> !value.isBlank()).or(() -> variable("TACT_DB")).map(DatabaseAddress::parse);
    }

    /** The database file to open, given the {@code --db} option if one was passed. */
    public Path resolve(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath();
        }
        return variable("TACT_DB").map(Path::of).map(Path::toAbsolutePath)
            .orElseGet(() -> dataDirectory().resolve(FILE_NAME));
    }

    /** The database the user chose, by {@code --db} or {@code TACT_DB}; empty when neither was given. */
    public Optional<Path> chosen(Optional<Path> explicit) {
        return explicit.map(Path::toAbsolutePath).or(() -> variable("TACT_DB").map(Path::of).map(Path::toAbsolutePath));
    }

    /** The per-user data directory Tact keeps its files in. */
    public Path dataDirectory() {
        if (osName.startsWith("windows")) {
            return variable("APPDATA").map(Path::of).orElse(userHome.resolve("AppData/Roaming")).resolve("Tact");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library/Application Support/Tact");
        }
        return variable("XDG_DATA_HOME").map(Path::of).orElse(userHome.resolve(".local/share")).resolve("tact");
    }

    /**
     * The per-user configuration directory: the reviewer's key, the reviewers they have pinned and
     * the checkpoints they keep. {@code TACT_CONFIG} overrides it (one directory per reviewer).
     */
    public Path configDirectory() {
        Optional<Path> explicit = variable("TACT_CONFIG").map(Path::of).map(Path::toAbsolutePath);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (osName.startsWith("windows")) {
            return variable("APPDATA").map(Path::of).orElse(userHome.resolve("AppData/Roaming")).resolve("Tact/config");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library/Preferences/Tact");
        }
        return variable("XDG_CONFIG_HOME").map(Path::of).orElse(userHome.resolve(".config")).resolve("tact");
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
    }
}
