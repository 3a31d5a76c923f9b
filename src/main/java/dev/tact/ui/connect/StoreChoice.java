package dev.tact.ui.connect;

import java.util.Optional;

/** Where the desk remembers the team database it was last connected to (java.util.prefs in the desk). */
public interface StoreChoice {
    /** The server URL chosen last; empty for the local file. */
    Optional<String> remembered();

    void remember(String serverUrl);

    /** Back to the local file on the next start. */
    void forget();
}
