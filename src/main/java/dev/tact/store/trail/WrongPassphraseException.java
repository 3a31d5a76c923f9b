package dev.tact.store.trail;
import dev.tact.store.db.StoreException;

/** The passphrase given does not unlock the reviewer's key. */
public final class WrongPassphraseException extends StoreException {
    private static final long serialVersionUID = 1L;

    WrongPassphraseException() {
        super("The passphrase does not unlock your key.");
    }
}
