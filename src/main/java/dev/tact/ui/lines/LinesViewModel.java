package dev.tact.ui.lines;

import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.ui.BackgroundRunner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue's state: the lines, pending {@code high} lines first, filtered by status,
 * band, campaign, channel and a search text, sorted as the table is; the selected line, which
 * moves on to the next line to decide after a decision; counts for the status bar and for the
 * empty queue's sentence.
 */
public final class LinesViewModel {
    /** The filter choice that lets everything through. */
    public static final String ALL = LineFilters.ALL;
    static final String NO_LINES = "No copy lines yet. Import some with: tact import-copy FILE";
    private static final Logger LOG = LoggerFactory.getLogger(LinesViewModel.class);
    private final DeskData.Source source;
    private final BackgroundRunner runner;
    private final DisclosureBands bands;
    private final ObservableList<DeskLine> items = FXCollections.observableArrayList();
    private final FilteredList<DeskLine> visible = new FilteredList<>(items);
    private final SortedList<DeskLine> sorted = new SortedList<>(visible);
    private final LineFilters filters = new LineFilters(visible::setPredicate);
    private final IntegerBinding hidden = Bindings.createIntegerBinding(() -> items.size() - visible.size(), items,
        visible);
    private final StringBinding placeholder = Bindings.createStringBinding(() -> items.isEmpty() ? NO_LINES
        : String.format(Locale.ROOT, "No lines match the filters (%,d hidden)", hidden.get()), items, hidden);
    private final ObjectProperty<DeskLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    // The queue is masked while it loads at the reviewer's request; a reload because a colleague
    // decided elsewhere runs underneath, so the reviewer's reading is not interrupted.
    private final BooleanProperty masked = new SimpleBooleanProperty(this, "masked");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty databaseLocation = new SimpleStringProperty(this, "databaseLocation", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final IntegerProperty high = new SimpleIntegerProperty(this, "high");
    private DeskData shown;
    private long reloads;
    private boolean replacing;

    /** A queue whose bands are each line's own (no differencing check). */
    public LinesViewModel(DeskData.Source source, BackgroundRunner runner) {
        this(source, runner, new DisclosureBands(DisclosureBands.Checker.NONE, runner));
    }

    /** @param bands raises the lines with a differencing finding to high, once the queue is shown */
    public LinesViewModel(DeskData.Source source, BackgroundRunner runner, DisclosureBands bands) {
        this.source = source;
        this.runner = runner;
        this.bands = bands;
        bands.setOnChanged(this::rebanded);
    }

    /**
     * Reads the lines again in the background, page by page: the first page replaces what is
     * shown, the rest are added as they arrive, so a large queue is usable at once.
     */
    public void reload() {
        masked.set(true);
        read();
    }

    /** Reads the lines again without masking the queue: what a change on another desk asks for. */
    public void refresh() {
        read();
    }

    private void read() {
        loading.set(true);
        error.set("");
        long generation = ++reloads;
        runner.run(progress -> source.read(0), first -> {
            show(first);
            more(first, generation);
        }, this::fail);
    }

    private void more(DeskData page, long generation) {
        if (generation != reloads) {
            return;
        }
        if (page.next() < 0) {
            // Every line is in: only now are the campaigns known, and the queue is already usable.
            recheckDisclosure();
            return;
        }
        runner.run(progress -> source.read(page.next()), next -> {
            if (generation == reloads) {
                append(next);
                more(next, generation);
            }
        }, this::fail);
    }

    private void append(DeskData page) {
        DeskLine keep = selected.get();
        replace(QueueOrder.merged(items, page.lines().stream().map(bands::apply).toList()));
        filters.refreshChoices(items);
        recount();
        if (keep != null) {
            selected.set(keep);
        }
    }

    /** Shows these lines (a load, or a policy preview) in queue order. */
    public void show(DeskData data) {
        shown = data;
        String keep = selected.get() == null ? null : selected.get().item().line().id();
        replace(QueueOrder.sorted(data.lines().stream().map(bands::apply).toList()));
        filters.refreshChoices(items);
        databaseLocation.set(data.summary().location());
        recount();
        loading.set(false);
        masked.set(false);
        Optional<DeskLine> again = items.stream().filter(line -> keep == null || line.item().line().id().equals(keep))
            .findFirst();
        if (again.isPresent() || keep != null) {
            selected.set(again.orElse(null));
        }
    }

    /**
     * Checks every campaign in the queue for differencing again, in the background (after a decision,
     * an import, a publication or a change on another desk): lines with a finding turn high as each
     * campaign's check comes in, and lines whose finding is gone get their own band back.
     */
    public void recheckDisclosure() {
        // The campaign of the line being read first: its evidence and band are what the reviewer sees.
        java.util.stream.Stream<String> first = java.util.stream.Stream.ofNullable(selected.get())
            .map(line -> line.item().line().campaign());
        bands.check(java.util.stream.Stream.concat(first, items.stream().map(line -> line.item().line().campaign()))
            .toList());
    }

    // A campaign's check came in: the lines it raises or lowers move to their place in the queue.
    private void rebanded() {
        List<DeskLine> banded = items.stream().map(bands::apply).toList();
        if (banded.equals(items)) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().item().line().id();
        replace(QueueOrder.sorted(banded));
        recount();
        if (keep != null) {
            items.stream().filter(line -> line.item().line().id().equals(keep)).findFirst().ifPresent(selected::set);
        }
    }

    /** Whether the line is in the queue (loaded), whether or not the filters show it. */
    public boolean contains(String lineId) {
        return items.stream().anyMatch(line -> line.item().line().id().equals(lineId));
    }

    /** Selects the line, clearing the filters first when they hide it; nothing happens for a line not loaded. */
    public void open(String lineId) {
        items.stream().filter(line -> line.item().line().id().equals(lineId)).findFirst().ifPresent(line -> {
            if (!visible.contains(line)) {
                filters.clear();
            }
            selected.set(line);
        });
    }

    // The table clears its selection while its rows are replaced; the selected line stays until
    // the new rows are in, so a reload (another desk decided) does not blank the evidence pane.
    private void replace(List<DeskLine> lines) {
        replacing = true;
        try {
            items.setAll(lines);
        } finally {
            replacing = false;
        }
    }

    /** The table's selection: a line, or none (ignored while the rows are being replaced). */
    public void select(DeskLine line) {
        if (line != null || !replacing) {
            selected.set(line);
        }
    }

    private void fail(Throwable failure) {
        LOG.error("could not load the desk", failure);
        loading.set(false);
        masked.set(false);
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    /**
     * After a decision: the line takes its new status in place, without reloading the queue, and
     * if it was the selected line the selection moves on to the next line still to decide, in the
     * table's order (wrapping to the top; staying put when none is left).
     */
    public void decided(String lineId, LineStatus newStatus, Optional<DeskLine.ApprovalOverride> override) {
        DeskLine current = selected.get();
        // Found before the update: a status filter may hide the decided line once it moves.
        DeskLine next = current != null && current.item().line().id().equals(lineId)
            ? QueueOrder.nextToDecide(sorted, lineId) : null;
        boolean outChanged = false;
        for (int i = 0; i < items.size(); i++) {
            DeskLine line = items.get(i);
            if (line.item().line().id().equals(lineId)) {
                DeskLine updated = line.withStatus(newStatus, override);
                items.set(i, updated);
                if (current == line) {
                    selected.set(next != null ? next : updated);
                }
                // What is out for other campaigns is approved lines citing a stat: only an approval given
                // or withdrawn changes it (a campaign's own lines are checked whatever their status).
                outChanged = !line.item().cited().isEmpty() && (newStatus == LineStatus.APPROVED)
                    != (line.item().line().status() == LineStatus.APPROVED);
                break;
            }
        }
        recount();
        if (outChanged) {
            recheckDisclosure();
        }
    }

    private void recount() {
        pending.set((int) items.stream().filter(line -> line.item().line().status() == LineStatus.PENDING).count());
        high.set((int) items.stream().filter(line -> line.assessment().band().needsOverride()).count());
        long unassessed = items.stream().filter(line -> line.assessment().band() == dev.tact.core.Band.UNASSESSED)
            .count();
        status.set(String.format(Locale.ROOT, "%,d lines in %,d campaigns · %,d pending · %,d high%s · %,d stats"
                + " · policy %s", items.size(), shown.summary().campaigns(), pending.get(), high.get() - unassessed,
            unassessed == 0 ? "" : String.format(Locale.ROOT, " · %,d unassessed (need a person)", unassessed),
            shown.summary().stats(), shown.policy()));
    }

    /** The lines that pass the filters, in queue order. */
    public ObservableList<DeskLine> visibleItems() {
        return visible;
    }

    /**
     * The visible lines in the order the queue's table shows them; the table binds its comparator
     * to this list's, so "the next line" follows the reviewer's sort.
     */
    public SortedList<DeskLine> sortedItems() {
        return sorted;
    }

    /** The filters and their choices. */
    public LineFilters filters() {
        return filters;
    }

    /** Lets every line through again. */
    public void clearFilters() {
        filters.clear();
    }

    /** How many loaded lines the filters hide. */
    public IntegerBinding hiddenBinding() {
        return hidden;
    }

    /** What the empty queue says: nothing imported yet, or every line filtered out. */
    public StringBinding placeholderBinding() {
        return placeholder;
    }

    /** Every line loaded, unfiltered, for previews. */
    public List<ReviewItem> allItems() {
        return items.stream().map(DeskLine::item).toList();
    }

    public ObjectProperty<DeskLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether the queue is masked while loading: a reload the reviewer asked for, not a live refresh. */
    public ReadOnlyBooleanProperty maskedProperty() {
        return masked;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty databaseLocationProperty() {
        return databaseLocation;
    }

    /** A sentence when loading failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyIntegerProperty highProperty() {
        return high;
    }
}
