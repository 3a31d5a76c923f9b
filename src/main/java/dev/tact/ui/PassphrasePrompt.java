package dev.tact.ui;

import java.util.Optional;

/** Asks for the passphrase of the reviewer's key; a dialog in the desk, a fixed answer in tests. */
@FunctionalInterface
public interface PassphrasePrompt {
    /** @return the passphrase typed, or empty when the reviewer cancelled */
    Optional<char[]> ask(String title, String message);
}
