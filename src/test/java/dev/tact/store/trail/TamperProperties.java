package dev.tact.store.trail;
import dev.tact.store.StoreFixtures;
import dev.tact.store.db.Database;
import dev.tact.store.db.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tact.core.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any single-field edit of any decision row, made behind the app's back, is caught by verify. */
class TamperProperties {
    private static final List<String> FIELDS = List.of("id", "line_id", "line_version", "verdict", "reviewer", "reason",
        "override", "decided_at", "score", "band", "assessment", "policy_version", "policy_name", "text_sha256",
        "stats_sha256", "previous_hash", "hash");

    @Property(tries = 40)
    void anySingleFieldEditIsCaught(@ForAll @IntRange(min = 1, max = 3) int decision,
                                    @ForAll @IntRange(min = 0, max = 16) int field) throws IOException {
        Path dir = Files.createTempDirectory("tact-tamper");
        try {
            Database database = dev.tact.store.TestStores.demo(dir, StoreFixtures.CLOCK, "tester");
            DecisionLedger ledger = new DecisionLedger(database, StoreFixtures.CLOCK);
            Reviewers reviewers = Reviewers.of(database);
            reviewers.decide(ledger, "w26-01", Verdict.APPROVE, "ana", "");
            reviewers.decide(ledger, "hol-02", Verdict.REJECT, "ana", "Mocks 53 people");
            reviewers.decide(ledger, "w26-02", Verdict.APPROVE, "ana", "Fine");
            String column = FIELDS.get(field);

            dev.tact.store.TestStores.behindTheAppsBack(database,
                "UPDATE decision SET " + column + " = " + edit(column) + " WHERE id = " + decision);

            ChainVerifier.Result result = new ChainVerifier(database).verify();
            assertThat(result.verified()).as("edit of %s in decision %d", column, decision).isFalse();
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    // A different value of the column's own kind.
    private static String edit(String column) {
        return switch (column) {
            case "id" -> "id + 10";
            case "line_version", "score", "policy_version" -> column + " + 1";
            case "override" -> "1 - override";
            case "verdict" -> "CASE verdict WHEN 'approve' THEN 'reject' ELSE 'approve' END";
            case "band" -> "CASE band WHEN 'high' THEN 'low' ELSE 'high' END";
            case "line_id" -> "CASE line_id WHEN 'w26-01' THEN 'w26-03' ELSE 'w26-01' END";
            default -> column + " || 'x'";
        };
    }
}
