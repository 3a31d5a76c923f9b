package dev.tact.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures (RFC 8032, built into the JDK since 15) and key fingerprints for the
 * sign-off trail. A public key is written as Base64 of its X.509 SubjectPublicKeyInfo; its
 * fingerprint is {@code SHA256:} and the SHA-256 of those bytes in lower-case hex, as
 * OpenSSH shows keys (there in Base64).
 */
public final class Signatures {
    private static final String ALGORITHM = "Ed25519";

    private Signatures() {
    }

    /** {@code SHA256:} + 64 hex digits. */
    public static String fingerprint(PublicKey key) {
        return "SHA256:" + Decision.sha256Bytes(key.getEncoded());
    }

    /** The first 16 hex digits of a fingerprint, for people to compare at a glance. */
    public static String shortFingerprint(String fingerprint) {
        return fingerprint.length() > "SHA256:".length() + 16 ? fingerprint.substring(0, "SHA256:".length() + 16)
            : fingerprint;
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not an Ed25519 public key */
    public static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                .decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /** Signs the UTF-8 bytes of a text; Base64 of the 64-byte signature. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed: " + e.getMessage(), e);
        }
    }

    /** Whether a Base64 signature is the key's over the text; false for anything malformed. */
    public static boolean verifies(PublicKey key, String text, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
