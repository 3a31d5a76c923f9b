package dev.tact.store.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Warns when the solo database file sits where SQLite is not safe: a network file system or a
 * folder a sync tool copies. SQLite's own documentation says both corrupt databases — network
 * file systems break its locking, and sync tools copy the file and its journal apart while they
 * are written ("How To Corrupt An SQLite Database File", sqlite.org/howtocorrupt.html, §2.1 and
 * §1.4; "SQLite Over a Network", sqlite.org/useovernet.html). A team shares a PostgreSQL server.
 */
public final class SharedFolderCheck {
    // File-system types (as FileStore.type() names them on Linux and macOS) that are remote.
    private static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
        "afpfs", "webdav", "davfs", "fuse.sshfs", "sshfs", "9p", "afs", "ceph", "glusterfs", "fuse.glusterfs",
        "lustre", "gpfs", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "fuse.davfs2", "ncpfs");
    // Folder names the common sync clients create (each matched as a whole path component, or
    // as its start for "OneDrive - Company" and "Dropbox (Team)").
    private static final String[] SYNCED_FOLDERS = {"dropbox", "onedrive", "google drive", "googledrive", "my drive",
        "icloud drive", "icloud~", "mobile documents", "box", "box sync", "pcloud drive", "nextcloud", "owncloud",
        "synologydrive", "synology drive", "mega", "megasync", "resilio sync", "seafile", "tresorit", "sync.com"};

    private SharedFolderCheck() {
    }

    /**
     * The warning for a database file, or empty when its folder is a local, unsynced one.
     *
     * @param file the database file (it need not exist yet: its nearest existing folder is checked)
     */
    public static Optional<String> warningFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<String> synced = syncedFolder(absolute);
        if (synced.isPresent()) {
            return Optional.of("The database " + absolute + " is in a " + synced.get() + " folder. Sync tools copy a"
                + " SQLite file while it is being written and corrupt it (sqlite.org/howtocorrupt.html). Keep the"
                + " file on a local disk, outside synced folders; to share one queue, use a team database on"
                + " PostgreSQL (README, Team mode).");
        }
        return networkType(absolute).map(type -> "The database " + absolute + " is on a network file system ("
            + type + "). SQLite's locking is not safe over a network and the file can be corrupted"
            + " (sqlite.org/useovernet.html). Keep the file on a local disk; to share one queue, use a team"
            + " database on PostgreSQL (README, Team mode).");
    }

    static Optional<String> syncedFolder(Path absolute) {
        if (absolute.toString().startsWith("\\\\")) {
            return Optional.empty();
        }
        for (Path component : absolute) {
            String name = component.toString().toLowerCase(Locale.ROOT);
            for (String synced : SYNCED_FOLDERS) {
                if (name.equals(synced) || name.startsWith(synced + " ")
                    || name.startsWith(synced + " (")) {
                    return Optional.of(component.toString());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> networkType(Path absolute) {
        // A Windows UNC path (\\server\share\…) is a network share by its name.
        if (absolute.toString().startsWith("\\\\")) {
            return Optional.of("a Windows network share");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            String type = Files.getFileStore(existing).type().toLowerCase(Locale.ROOT);
            return NETWORK_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
