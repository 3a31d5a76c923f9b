package dev.tact.store.trail;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Role;
import dev.tact.core.Signer;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys seen are pinned per database, like known_hosts; another key under a pinned name is said loudly. */
class PinnedKeysTest {
    @TempDir
    Path dir;

    @Test
    void aReviewersKeyChangingSinceLastSeenIsSaidLoudly() {
        Database database = dev.tact.store.TestStores.demo(dir, StoreFixtures.CLOCK, "tester");
        Reviewers reviewers = Reviewers.of(database);
        Signer admin = reviewers.as("rita.legal");
        reviewers.as("ben.brand");
        Path config = dir.resolve("config");

        assertThat(PinnedKeys.check(config, database)).isEmpty();
        assertThat(PinnedKeys.check(config, database)).as("nothing changed").isEmpty();

        ReviewerRegistry registry = new ReviewerRegistry(database, StoreFixtures.CLOCK);
        registry.revoke(admin, "ben.brand");
        registry.enrol(admin, "ben.brand", "Ben Brand", Set.of(Role.BRAND), Reviewers.inMemory().publicKey());

        assertThat(PinnedKeys.check(config, database).orElseThrow()).startsWith("THE KEY OF ben.brand CHANGED")
            .contains("remove the line for ben.brand");
    }
}
