package dev.tact.store.trail;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;

import dev.tact.core.Decision;
import dev.tact.core.Role;
import dev.tact.core.Signatures;
import dev.tact.core.Signer;
import dev.tact.core.Verdict;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.Set;

/**
 * Reviewers with real Ed25519 keys for tests, enrolled in a real database on first use: the first
 * is its admin (trust on first use), the rest are enrolled by that admin as brand and legal.
 * Keys live in memory, so tests do not pay for the passphrase derivation; {@link #keyFiles} makes
 * the files a CLI or desk reads.
 */
public final class Reviewers {
    // The admin key of each test database, so a second fixture on the same file can enrol more.
    private static final Map<String, Signer> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Database database;
    private static final Map<String, Signer> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private Signer admin;

    private Reviewers(Database database) {
        this.database = database;
        this.admin = ADMINS.get(database.name());
    }

    public static Reviewers of(Database database) {
        return new Reviewers(database);
    }

    /** A fresh key pair, unlocked. */
    public static Signer inMemory() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new MemorySigner(pair.getPublic(), pair.getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reviewer's key, enrolling them the first time (the first reviewer as admin, brand and legal). */
    public Signer as(String name) {
        String id = database.name() + "|" + name;
        Signer known = KEYS.get(id);
        if (known == null) {
            known = enrol(name);
            KEYS.put(id, known);
        }
        return known;
    }

    private Signer enrol(String name) {
        Signer key = inMemory();
        ReviewerRegistry registry = new ReviewerRegistry(database, StoreFixtures.CLOCK);
        if (admin == null && registry.reviewers().isEmpty()) {
            registry.enrol(key, name, name, Set.of(Role.ADMIN, Role.BRAND, Role.LEGAL), key.publicKey());
            admin = key;
            ADMINS.put(database.name(), key);
        } else {
            registry.enrol(admin, name, name, Set.of(Role.BRAND, Role.LEGAL), key.publicKey());
        }
        return key;
    }

    public Decision decide(DecisionLedger ledger, String line, Verdict verdict, String name, String reason) {
        return ledger.decide(line, verdict, as(name), reason).decision();
    }

    public Decision decide(DecisionLedger ledger, String line, Verdict verdict, String name, String reason,
                           DecisionLedger.Seen seen) {
        return ledger.decide(line, verdict, as(name), reason, seen).decision();
    }

    /**
     * A reviewer's key files in their own configuration directory, enrolled in the database: what
     * {@code tact keys init} and an admin's {@code tact reviewers add} leave behind.
     */
    public Path keyFiles(Path configDirectory, String name, char[] passphrase) {
        PublicKey key = KeyFiles.create(configDirectory, passphrase.clone());
        Signer unlocked = KeyFiles.unlock(configDirectory, passphrase.clone());
        ReviewerRegistry registry = new ReviewerRegistry(database, StoreFixtures.CLOCK);
        if (admin == null && registry.reviewers().isEmpty()) {
            registry.enrol(unlocked, name, name, Set.of(Role.ADMIN, Role.BRAND, Role.LEGAL), key);
            admin = unlocked;
            ADMINS.put(database.name(), unlocked);
        } else {
            registry.enrol(admin, name, name, Set.of(Role.BRAND, Role.LEGAL), key);
        }
        KEYS.put(database.name() + "|" + name, unlocked);
        return configDirectory;
    }

    private record MemorySigner(PublicKey publicKey, PrivateKey privateKey) implements Signer {
        @Override
        public String sign(String text) {
            return Signatures.sign(privateKey, text);
        }
    }
}
