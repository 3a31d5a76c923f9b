package dev.tact.ui;

/** Asks the user to confirm something; a dialog in the desk, a fixed answer in tests. */
@FunctionalInterface
public interface Confirmer {
    boolean confirm(String title, String message);
}
