package dev.tact.store.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the review database is: a SQLite file (solo) or a PostgreSQL server (team), as given by
 * {@code --db}, {@code TACT_DB} or the desk's Connect dialog. A server is written as libpq writes
 * it, {@code postgresql://[user@]host[:port]/database[?param=value]}, or as a JDBC URL
 * ({@code jdbc:postgresql://…}); anything else is a file path.
 */
public sealed interface DatabaseAddress {

    /** What to show the user: the absolute path, or the server URL without any password. */
    String display();

    /** The solo store: one SQLite file. */
    record File(Path path) implements DatabaseAddress {
        public File {
            path = path.toAbsolutePath();
        }

        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * The team store: a PostgreSQL database. {@code user} is the login named in the URL, empty to
     * use PGUSER or the operating-system user as libpq does.
     */
    record Server(String jdbcUrl, String user, String display) implements DatabaseAddress {
    }

    /**
     * Reads a {@code --db} value.
     *
     * @throws IllegalArgumentException when a server URL has no host or no database name, or a
     *     password in it (passwords belong in ~/.pgpass or PGPASSWORD, never on a command line)
     */
    static DatabaseAddress parse(String value) {
        String trimmed = value.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return server(trimmed.substring("jdbc:".length()));
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return server(trimmed);
        }
        return new File(Path.of(trimmed));
    }

    /** Whether a value names a server rather than a file. */
    static boolean isServer(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    private static Server server(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The server address " + url + " is not a URL (" + e.getReason()
                + "); write it as postgresql://user@host:5432/database.");
        }
        String host = Optional.ofNullable(uri.getHost()).orElse("");
        String database = Optional.ofNullable(uri.getPath()).orElse("").replaceFirst("^/", "");
        if (host.isEmpty() || database.isEmpty()) {
            throw new IllegalArgumentException("The server address " + url + " needs a host and a database name:"
                + " write it as postgresql://user@host:5432/database.");
        }
        String userInfo = Optional.ofNullable(uri.getUserInfo()).orElse("");
        if (userInfo.contains(":") || java.util.regex.Pattern.compile("(^|&)password=", java.util.regex.Pattern.CASE_INSENSITIVE)
            .matcher(Optional.ofNullable(uri.getRawQuery()).orElse("")).find()) {
            throw new IllegalArgumentException("The server address " + redact(url) + " holds a password: put it in"
                + " ~/.pgpass (or PGPASSWORD) instead, so it is not kept in shell history or the desk's settings.");
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + host + port + "/" + database + query;
        String display = "postgresql://" + (userInfo.isEmpty() ? "" : userInfo + "@") + host + port + "/" + database;
        return new Server(jdbc, userInfo, display);
    }

    private static String redact(String url) {
        return url.replaceAll("//([^:/@]*):[^@]*@", "//$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
