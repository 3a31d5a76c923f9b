package dev.tact.ui.lines;

import dev.tact.core.Assessment;
import dev.tact.score.DisclosureFinding;
import dev.tact.store.release.CampaignDisclosure;
import dev.tact.ui.BackgroundRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue's bands with what lines reveal together (issue 14). Each line is assessed alone when the
 * queue loads, which is fast; afterwards each campaign is checked against what is out, one campaign
 * per background task, and the lines with a finding take the raised assessment the check gives them
 * ({@code high}, as {@code tact check} and {@code tact score} say), until a later check no longer
 * finds it. The last results are kept, so a reload shows a finding at once instead of flickering,
 * and the evidence pane reads a line's findings from them. Checking a campaign of 1,000 lines
 * against 1M stats takes seconds, so the checks have a runner of their own: the desk's other work
 * never waits behind them. Called on the JavaFX thread.
 */
public final class DisclosureBands {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureBands.class);

    /** Checks one campaign; on a background thread. */
    @FunctionalInterface
    public interface Checker {
        /** A queue that never checks (view-model tests of other things, benchmarks). */
        Checker NONE = campaign -> null;

        /** @return the campaign checked, or null when there is nothing to check with */
        CampaignDisclosure.Result check(String campaign);
    }

    /**
     * A finding as one line's evidence shows it.
     *
     * @param finding  the finding
     * @param campaign the campaign whose check found it: its lines are the ones "under review"
     */
    public record Found(DisclosureFinding finding, String campaign) {
    }

    // A line's raised assessment holds for the text it was checked on, not a later version.
    private record Raised(String text, Assessment assessment) {
    }

    private record Alone(Assessment own, Assessment raised) {
    }

    private final Checker checker;
    private final BackgroundRunner runner;
    private final Map<String, CampaignDisclosure.Result> results = new ConcurrentHashMap<>();
    // The campaigns checked since what is out last changed: only their results are read as they are.
    private final Set<String> fresh = ConcurrentHashMap.newKeySet();
    private final Map<String, Raised> raised = new HashMap<>();
    // The assessment a line had before it was raised, to give back when its finding is gone.
    private final Map<String, Alone> alone = new HashMap<>();
    private final SimpleIntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private Runnable onChanged = () -> { };
    private long generation;
    // Counts changes to what is out (written on the JavaFX thread only); a check begun before one is
    // not current when it ends.
    private volatile long epoch;

    /** @param runner where the checks run: best one of their own, so nothing else waits behind them */
    public DisclosureBands(Checker checker, BackgroundRunner runner) {
        this.checker = checker;
        this.runner = runner;
    }

    /** Told on the JavaFX thread when a campaign's check changed what {@link #apply} gives. */
    void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    /**
     * Checks these campaigns again, in this order, one after the other in the background; a later
     * call abandons what is left of an earlier one.
     */
    void check(List<String> campaigns) {
        long pass = ++generation;
        forget();
        next(new ArrayList<>(new LinkedHashSet<>(campaigns)), 0, pass, System.nanoTime());
    }

    private void next(List<String> campaigns, int at, long pass, long started) {
        if (pass != generation) {
            return;
        }
        if (at >= campaigns.size()) {
            // How long a whole pass takes is what says whether bands keep up with a team's pace.
            LOG.info("checked {} campaigns for differencing in {} ms: {} lines high by a finding", campaigns.size(),
                (System.nanoTime() - started) / 1_000_000, raised.size());
            return;
        }
        String campaign = campaigns.get(at);
        runner.run(progress -> checked(campaign), result -> {
            if (pass == generation) {
                take(result);
                next(campaigns, at + 1, pass, started);
            }
        }, failure -> {
            // One campaign that cannot be checked keeps its lines' own bands; the evidence pane says why.
            LOG.warn("could not check campaign {} for differencing", campaign, failure);
            next(campaigns, at + 1, pass, started);
        });
    }

    private CampaignDisclosure.Result checked(String campaign) {
        long begun = epoch;
        CampaignDisclosure.Result result = checker.check(campaign);
        if (result != null) {
            results.put(campaign, result);
            if (begun == epoch) {
                fresh.add(campaign);
            }
        }
        return result;
    }

    private void take(CampaignDisclosure.Result result) {
        if (result == null) {
            return;
        }
        revision.set(revision.get() + 1);
        boolean changed = false;
        for (CampaignDisclosure.Checked line : result.lines()) {
            Raised now = line.findings().isEmpty() ? null : new Raised(line.text(), line.assessment());
            Raised before = now == null ? raised.remove(line.lineId()) : raised.put(line.lineId(), now);
            changed |= !java.util.Objects.equals(before, now);
        }
        if (changed) {
            onChanged.run();
        }
    }

    /**
     * The line as the queue shows it: raised while its last check found something for this text, its
     * own assessment otherwise.
     */
    DeskLine apply(DeskLine line) {
        String id = line.item().line().id();
        Raised found = raised.get(id);
        if (found != null && found.text().equals(line.item().line().text())) {
            if (!found.assessment().equals(line.assessment())) {
                alone.put(id, new Alone(line.assessment(), found.assessment()));
                return new DeskLine(line.item(), found.assessment(), line.override());
            }
            return line;
        }
        Alone was = alone.remove(id);
        // A line read again since it was raised already has its own assessment.
        return was == null || !was.raised().equals(line.assessment()) ? line
            : new DeskLine(line.item(), was.own(), line.override());
    }

    /**
     * What the line reveals with others, told on the JavaFX thread: its own campaign's findings first,
     * then what the last checks of other campaigns found with it (an approved or published line is
     * differenced by later campaigns' lines), each finding once. Read from the last checks when its
     * campaign's holds the line as it now reads; otherwise its campaign is checked first.
     */
    public void findingsFor(DeskLine line, Consumer<List<Found>> onFound, Consumer<Throwable> onFailure) {
        String lineId = line.item().line().id();
        String campaign = line.item().line().campaign();
        CampaignDisclosure.Result known = results.get(campaign);
        if (known != null && fresh.contains(campaign) && known.lines().stream().anyMatch(checked -> checked.lineId().equals(lineId)
            && checked.text().equals(line.item().line().text()))) {
            onFound.accept(found(lineId, campaign));
            return;
        }
        runner.run(progress -> checked(campaign), result -> {
            // The queue's bands follow what the evidence pane is about to say.
            take(result);
            onFound.accept(found(lineId, campaign));
        }, onFailure);
    }

    private List<Found> found(String lineId, String campaign) {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        CampaignDisclosure.Result own = results.get(campaign);
        if (own != null) {
            own.findingsFor(lineId).forEach(finding -> add(found, seen, new Found(finding, campaign)));
        }
        new java.util.TreeMap<>(results).forEach((other, result) -> {
            if (!other.equals(campaign)) {
                result.findingsFor(lineId).forEach(finding -> add(found, seen, new Found(finding, other)));
            }
        });
        return found;
    }

    // The same lines differenced the same way are one finding, whichever campaign's check found it.
    private static void add(List<Found> found, Set<String> seen, Found each) {
        List<String> ids = new ArrayList<>(each.finding().lineIds());
        java.util.Collections.sort(ids);
        if (seen.add(each.finding().kind() + " " + ids + " " + each.finding().revealed())) {
            found.add(each);
        }
    }

    /**
     * What is out changed (a line was marked published): a line's findings are checked afresh when next
     * read, until the queue's next pass has checked its campaign again.
     */
    public void forget() {
        epoch++;
        fresh.clear();
    }

    /** Counts the campaign checks taken in: the evidence pane reads its line's findings again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }
}
