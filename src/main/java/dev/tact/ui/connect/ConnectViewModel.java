package dev.tact.ui.connect;

import dev.tact.store.db.DatabaseAddress;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * File → Connect to team database…: a server URL checked as {@code --db} checks it, remembered
 * for the next start once chosen; or back to the local file.
 */
public final class ConnectViewModel {
    static final String NOT_A_SERVER = "Write the team database as postgresql://user@host:5432/database"
        + " (a file path belongs in --db or \"Use the local file\").";

    private final StoreChoice choice;
    private final DatabaseAddress localFile;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** @param localFile the solo file "Use the local file" returns to */
    public ConnectViewModel(StoreChoice choice, DatabaseAddress localFile, String current) {
        this.choice = choice;
        this.localFile = localFile;
        url.set(current);
        url.addListener((observable, before, now) -> error.set(""));
    }

    /**
     * The server typed, remembered for the next start; empty (with {@link #errorProperty()} saying
     * why) when it is not a server URL or is malformed.
     */
    public Optional<DatabaseAddress> connect() {
        String typed = url.get() == null ? "" : url.get().strip();
        if (!DatabaseAddress.isServer(typed)) {
            error.set(NOT_A_SERVER);
            return Optional.empty();
        }
        try {
            DatabaseAddress address = DatabaseAddress.parse(typed);
            choice.remember(address.display());
            error.set("");
            return Optional.of(address);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** The local file, and forgets the server so the next start opens the file too. */
    public DatabaseAddress useLocalFile() {
        choice.forget();
        return localFile;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** Why the URL was refused, empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
