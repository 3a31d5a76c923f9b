package dev.tact.core;

import java.security.PublicKey;

/**
 * One reviewer's unlocked key: what it takes to sign as them (the key file they hold and the
 * passphrase they know, 21 CFR Part 11 §11.200's two components).
 */
public interface Signer {

    PublicKey publicKey();

    /** {@link Signatures#fingerprint} of the public key. */
    default String fingerprint() {
        return Signatures.fingerprint(publicKey());
    }

    /** An Ed25519 signature over the text's UTF-8 bytes, Base64. */
    String sign(String text);
}
