package dev.tact.ui;

import dev.tact.core.CohortLookup;
import dev.tact.core.Policy;
import dev.tact.score.Assessor;
import dev.tact.score.PolicyCodec;
import dev.tact.store.Database;
import dev.tact.store.DatabaseSummary;
import dev.tact.store.DemoData;
import dev.tact.store.PolicyStore;
import dev.tact.store.ReviewItemRepository;
import dev.tact.ui.lines.DeskData;
import dev.tact.ui.lines.DeskLine;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads what the desk shows, on a background thread: opens the database once (creating it
 * with the demo if new), reads the lines, and assesses each under the policy in force.
 */
final class DeskDataSource implements DeskData.Source {
    private final Path file;
    private final Clock clock;
    private final String user;
    private Database database;

    DeskDataSource(Path file, Clock clock, String user) {
        this.file = file;
        this.clock = clock;
        this.user = user;
    }

    @Override
    public synchronized DeskData read() {
        if (database == null) {
            database = DemoData.open(file, true, clock, user);
        }
        String document = new PolicyStore(database, clock, user).current().map(PolicyStore.Stored::document)
            .orElseGet(PolicyCodec::defaultDocument);
        Policy policy = PolicyCodec.read(document, null);
        Assessor assessor = new Assessor(policy);
        var lines = new ReviewItemRepository(database).all().stream()
            .map(item -> new DeskLine(item, assessor.assess(item, CohortLookup.NONE)))
            .toList();
        return new DeskData(lines, policy.name(), DatabaseSummary.of(database));
    }
}
