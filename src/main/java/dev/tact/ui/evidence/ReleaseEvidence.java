package dev.tact.ui.evidence;

import dev.tact.store.release.Publications;
import dev.tact.ui.BackgroundRunner;
import dev.tact.ui.DeskBackend;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.DisclosureBands;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open line's part in what is out (issue 14): the findings it is in with other lines, the days it
 * was published, and marking it published. Read again when the line changes, after it is marked
 * published and whenever the queue's campaigns have been checked again.
 */
public final class ReleaseEvidence {

    /** Opens another line of a finding in the queue. */
    public interface LineOpener {
        /** Opens nothing: every partner line is shown as text. */
        LineOpener NONE = new LineOpener() {
            @Override
            public boolean contains(String lineId) {
                return false;
            }

            @Override
            public void open(String lineId) {
            }
        };

        /** An opener from the queue's two operations. */
        static LineOpener of(java.util.function.Predicate<String> contains, Consumer<String> open) {
            return new LineOpener() {
                @Override
                public boolean contains(String lineId) {
                    return contains.test(lineId);
                }

                @Override
                public void open(String lineId) {
                    open.accept(lineId);
                }
            };
        }

        /** Whether the line is in the queue, so it can be opened there. */
        boolean contains(String lineId);

        /** Selects the line in the queue, clearing filters that hide it. */
        void open(String lineId);
    }

    private final DisclosureBands bands;
    private final DeskBackend backend;
    private final BackgroundRunner runner;
    private final Consumer<String> onProblem;
    private final ObservableList<DisclosureBands.Found> findings = FXCollections.observableArrayList();
    private final ObservableList<String> publications = FXCollections.observableArrayList();
    private final PublishViewModel publishing;
    private LineOpener opener = LineOpener.NONE;
    private DeskLine line;

    /** @param onProblem told a sentence when the findings or publications cannot be read */
    ReleaseEvidence(DisclosureBands bands, DeskBackend backend, BackgroundRunner runner, Consumer<String> onProblem) {
        this.bands = bands;
        this.backend = backend;
        this.runner = runner;
        this.onProblem = onProblem;
        this.publishing = new PublishViewModel(backend, runner, () -> {
            bands.forget();
            reload();
        });
        bands.revisionProperty().addListener((observable, before, now) -> readFindings());
    }

    /** The line now open (null for none): what it reveals and when it went out are read in the background. */
    void show(DeskLine now) {
        boolean sameLine = line != null && now != null && line.item().line().id().equals(now.item().line().id());
        line = now;
        if (!sameLine) {
            findings.clear();
            publications.clear();
        }
        reload();
    }

    /** Reads the open line's findings and publications again. */
    public void reload() {
        readFindings();
        DeskLine current = line;
        if (current == null) {
            return;
        }
        String lineId = current.item().line().id();
        runner.run(progress -> backend.releases().publications(lineId), found -> {
            if (stillOpen(lineId)) {
                publications.setAll(describe(found));
            }
        }, failure -> onProblem.accept("Could not read when the line was published: " + failure.getMessage()));
    }

    // From the queue's last checks when they hold the line as it reads; else its campaign is checked.
    private void readFindings() {
        DeskLine current = line;
        if (current == null) {
            return;
        }
        String lineId = current.item().line().id();
        bands.findingsFor(current, found -> {
            if (stillOpen(lineId)) {
                findings.setAll(found);
            }
        }, failure -> onProblem.accept("Could not check what the line reveals with others: " + failure.getMessage()));
    }

    private boolean stillOpen(String lineId) {
        return line != null && line.item().line().id().equals(lineId);
    }

    // "Published 2026-03-02 · version 1 · marked by ana": the day it ran is what the reviewer looks for.
    private static List<String> describe(List<Publications.Publication> found) {
        return found.stream().map(publication -> "Published " + publication.publishedOn() + " · version "
            + publication.version() + (publication.publishedBy().isBlank() ? "" : " · marked by "
            + publication.publishedBy())).toList();
    }

    /** The findings the open line is in, its own campaign's first; empty when it reveals nothing with others. */
    public ObservableList<DisclosureBands.Found> findings() {
        return findings;
    }

    /** When the open line went out, oldest first ("Published 2026-03-02 · version 1 · marked by ana"). */
    public ObservableList<String> publications() {
        return publications;
    }

    /** Marking the open line published. */
    public PublishViewModel publishing() {
        return publishing;
    }

    /** The open line, or null. */
    public DeskLine line() {
        return line;
    }

    /** Where a finding's other lines are opened from (the queue). */
    public void setLineOpener(LineOpener opener) {
        this.opener = opener;
    }

    public LineOpener lineOpener() {
        return opener;
    }
}
