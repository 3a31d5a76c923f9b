package dev.tact.store.trail;
import dev.tact.store.db.StoreException;

import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/**
 * A reviewer's Ed25519 key in their configuration directory: {@code signing.key}, the private key
 * as encrypted PKCS#8 (PBES2: PBKDF2-HMAC-SHA256, 600,000 iterations as OWASP's 2023 guidance
 * asks, AES-256-CBC; the PEM form OpenSSL reads), mode 0600; and {@code signing.pub}, the public
 * key in Base64. Only the JDK's providers are used.
 */
public final class KeyFiles {
    static final String PRIVATE = "signing.key";
    static final String PUBLIC = "signing.pub";
    private static final String CIPHER = "PBEWithHmacSHA256AndAES_256";
    private static final int ITERATIONS = 600_000;
    private static final int MIN_PASSPHRASE = 8;

    private KeyFiles() {
    }

    /**
     * Makes a new key pair in the directory.
     *
     * @throws StoreException when a key is already there (it is never overwritten), the passphrase
     *                        is shorter than 8 characters, or the files cannot be written
     */
    public static PublicKey create(Path directory, char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new StoreException("The passphrase must have at least " + MIN_PASSPHRASE + " characters.");
        }
        Path key = directory.resolve(PRIVATE);
        if (Files.exists(key)) {
            throw new StoreException("There is already a key at " + key + "; Tact never replaces a key. Move it away"
                + " first if you mean to start again (decisions it signed stay verifiable by its public key).");
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(directory);
            writePrivate(key, encrypt(pair.getPrivate(), passphrase));
            Files.writeString(directory.resolve(PUBLIC), Signatures.encode(pair.getPublic()) + "\n");
            return pair.getPublic();
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("There is already a key at " + key + "; Tact never replaces a key.", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException("Could not write the key in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether the directory holds a key. */
    public static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(PRIVATE)) && Files.isRegularFile(directory.resolve(PUBLIC));
    }

    /** @throws StoreException when there is no key in the directory or it cannot be read */
    public static PublicKey publicKey(Path directory) {
        Path file = directory.resolve(PUBLIC);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("You have no reviewer key in " + directory + ": run `tact keys init` to make one.");
        }
        try {
            return Signatures.decodePublicKey(Files.readString(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("Could not read the public key " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unlocks the key with its passphrase.
     *
     * @throws WrongPassphraseException when the passphrase does not open it
     * @throws StoreException           when there is no key or the file is damaged
     */
    public static Signer unlock(Path directory, char[] passphrase) {
        PublicKey publicKey = publicKey(directory);
        Path file = directory.resolve(PRIVATE);
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(Base64.getDecoder().decode(body));
            PrivateKey privateKey = decrypt(info, passphrase);
            return new KeySigner(publicKey, privateKey);
        } catch (javax.crypto.BadPaddingException | java.security.spec.InvalidKeySpecException e) {
            throw new WrongPassphraseException();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException("Could not read the key " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] encrypt(PrivateKey key, char[] passphrase) throws GeneralSecurityException, IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.ENCRYPT_MODE, secret(passphrase), new PBEParameterSpec(salt, ITERATIONS,
            new IvParameterSpec(iv)));
        // The cipher names its parameters after itself, a name with no OID; as PBES2 (RFC 8018)
        // they encode to the standard AlgorithmIdentifier that OpenSSL and the JDK both read.
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("PBES2");
        parameters.init(cipher.getParameters().getEncoded());
        return new EncryptedPrivateKeyInfo(parameters, cipher.doFinal(key.getEncoded())).getEncoded();
    }

    private static PrivateKey decrypt(EncryptedPrivateKeyInfo info, char[] passphrase)
        throws GeneralSecurityException {
        AlgorithmParameters parameters = info.getAlgParameters();
        Cipher cipher = Cipher.getInstance(CIPHER);
        cipher.init(Cipher.DECRYPT_MODE, secret(passphrase), parameters);
        byte[] plain = cipher.doFinal(info.getEncryptedData());
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(plain));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static SecretKey secret(char[] passphrase) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance(CIPHER).generateSecret(new PBEKeySpec(passphrase));
    }

    // The private key file is created readable by its owner only, before any byte is written.
    private static void writePrivate(Path file, byte[] encrypted) throws IOException {
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encrypted)
            + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(file, pem, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        }
    }

    /** An unlocked key. */
    private record KeySigner(PublicKey publicKey, PrivateKey privateKey) implements Signer {
        @Override
        public String sign(String text) {
            return Signatures.sign(privateKey, text);
        }

        @Override
        public String toString() {
            return "key " + fingerprint();
        }
    }
}
