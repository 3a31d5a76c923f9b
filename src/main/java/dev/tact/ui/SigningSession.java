package dev.tact.ui;

import dev.tact.core.Signer;
import dev.tact.store.trail.KeyFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The reviewer's key for one desk session: unlocked once with the passphrase, then kept until it
 * sits unused longer than the idle timeout (default 15 minutes; {@code TACT_UNLOCK_MINUTES}), so
 * a desk left open does not sign for whoever sits down at it.
 */
public final class SigningSession {
    /** The idle time after which the passphrase is asked again, unless configured. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    private final Path configDirectory;
    private final Clock clock;
    private final Duration idle;
    private Signer signer;
    private Instant lastUse = Instant.MIN;

    public SigningSession(Path configDirectory, Clock clock, Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive: " + idle);
        }
        this.configDirectory = configDirectory;
        this.clock = clock;
        this.idle = idle;
    }

    /** The idle timeout from {@code TACT_UNLOCK_MINUTES} (whole minutes, 1 or more), else the default. */
    public static Duration idleFrom(String minutes) {
        try {
            long value = minutes == null ? 0 : Long.parseLong(minutes.strip());
            return value > 0 ? Duration.ofMinutes(value) : DEFAULT_IDLE;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    public Path configDirectory() {
        return configDirectory;
    }

    /** Whether the reviewer has a key at all (tact keys init). */
    public boolean hasKey() {
        return KeyFiles.exists(configDirectory);
    }

    /** Whether a decision can be signed now without asking for the passphrase. */
    public synchronized boolean unlocked() {
        if (signer != null && Duration.between(lastUse, Instant.now(clock)).compareTo(idle) > 0) {
            signer = null;
        }
        return signer != null;
    }

    /**
     * Unlocks the key; the passphrase array is wiped.
     *
     * @throws dev.tact.store.trail.WrongPassphraseException when it does not open the key
     */
    public synchronized void unlock(char[] passphrase) {
        try {
            signer = KeyFiles.unlock(configDirectory, passphrase);
            lastUse = Instant.now(clock);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Uses a key already unlocked (another session's, a test's) until it sits idle too long. */
    public synchronized void use(Signer unlocked) {
        signer = unlocked;
        lastUse = Instant.now(clock);
    }

    /** The unlocked key, its idle time restarted; empty when locked or timed out. */
    public synchronized Optional<Signer> signer() {
        if (!unlocked()) {
            return Optional.empty();
        }
        lastUse = Instant.now(clock);
        return Optional.of(signer);
    }

    public synchronized void lock() {
        signer = null;
    }
}
