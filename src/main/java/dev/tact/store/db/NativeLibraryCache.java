package dev.tact.store.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * SQLite's native library, unpacked once into the user's cache directory
 * ({@code $XDG_CACHE_HOME/tact/native/<driver version>/<os-arch>/}) and reused. Without it the
 * driver writes the library to a new temporary file on every start, about 165 ms of each command
 * (src/site/decisions/0011-where-the-time-goes.md). A cached copy is used only when its size and
 * CRC-32 are those the jar records for the library; otherwise it is unpacked again.
 * Any failure leaves the driver to unpack it as before. {@link Database} asks for it before its
 * first SQLite connection, so a command that opens no database (a {@code tact score} without one)
 * does not pay the ~100 ms of checking the cached copy (src/site/decisions/0012-start-up.md).
 */
public final class NativeLibraryCache {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final java.util.concurrent.atomic.AtomicBoolean ASKED = new java.util.concurrent.atomic.AtomicBoolean();

    private NativeLibraryCache() {
    }

    /**
     * {@link #useCached} for this process's user (its environment and home), the first time only:
     * called before every SQLite connection is opened, it costs a flag check after the first.
     */
    static void useCachedOnce() {
        if (ASKED.compareAndSet(false, true)) {
            useCached(System.getenv(), Path.of(System.getProperty("user.home", ".")));
        }
    }

    /** Points the SQLite driver at the cached library, unpacking it first if needed; quietly does nothing on failure. */
    public static void useCached(Map<String, String> environment, Path userHome) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            cached(environment, userHome).ifPresent(library -> {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            });
        } catch (IOException | RuntimeException e) {
            // The driver's own unpacking still works; only the time is lost.
        }
    }

    /** The verified cached library, unpacked now if missing or not the one in this jar; empty if the jar has none. */
    static Optional<Path> cached(Map<String, String> environment, Path userHome) throws IOException {
        Optional<String> folder = nativeFolder();
        String name = System.mapLibraryName("sqlitejdbc");
        URL resource = folder.map(f -> NativeLibraryCache.class.getResource("/org/sqlite/native/" + f + "/" + name))
            .orElse(null);
        if (resource == null) {
            return Optional.empty();
        }
        Expected expected = Expected.of(resource);
        Path directory = cacheHome(environment, userHome).resolve("tact").resolve("native")
            .resolve(driverVersion()).resolve(folder.get().replace('/', '-'));
        Path library = directory.resolve(name);
        if (Files.isRegularFile(library) && Files.size(library) == expected.size() && crc(library) == expected.crc()) {
            return Optional.of(library);
        }
        unpack(resource, directory, library);
        return Optional.of(library);
    }

    // The driver's own folder names for the common platforms, worked out here: its OSInfo runs a
    // process to tell glibc from musl, which costs more than it saves. Elsewhere the driver unpacks.
    private static Optional<String> nativeFolder() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        String cpu = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64" -> "aarch64";
            default -> null;
        };
        if (cpu == null || !os.equals("Linux") || Files.exists(Path.of("/lib/ld-musl-" + cpu + ".so.1"))
            || System.getProperty("java.vm.vendor", "").contains("Android")) {
            return Optional.empty();
        }
        return Optional.of("Linux/" + cpu);
    }

    /** The size and CRC-32 of the library in the jar: its zip entry records both, so nothing is read to know them. */
    private record Expected(long size, long crc) {
        static Expected of(URL resource) throws IOException {
            java.net.URLConnection connection = resource.openConnection();
            if (connection instanceof java.net.JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
                return new Expected(jar.getJarEntry().getSize(), jar.getJarEntry().getCrc());
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            long size;
            try (InputStream in = new java.util.zip.CheckedInputStream(resource.openStream(), crc)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            return new Expected(size, crc.getValue());
        }
    }

    // Written under a temporary name and moved into place, so a concurrent start never loads half a file.
    private static void unpack(URL resource, Path directory, Path library) throws IOException {
        Files.createDirectories(directory);
        Path partial = Files.createTempFile(directory, "unpacking", ".tmp");
        try {
            try (InputStream in = resource.openStream(); OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static long crc(Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
        return crc.getValue();
    }

    private static Path cacheHome(Map<String, String> environment, Path userHome) {
        String xdg = environment.get("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".cache");
    }

    private static String driverVersion() throws IOException {
        try (InputStream in = NativeLibraryCache.class.getResourceAsStream("/sqlite-jdbc.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown").replaceAll("[^A-Za-z0-9._-]", "_");
        }
    }
}
