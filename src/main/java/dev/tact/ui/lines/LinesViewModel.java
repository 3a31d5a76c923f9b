package dev.tact.ui.lines;

import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.ui.BackgroundRunner;
import java.util.Comparator;
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
    // Pending lines first, riskiest first, so a reviewer's morning starts where it matters.
    private static final Comparator<DeskLine> QUEUE_ORDER = Comparator
        .comparing((DeskLine line) -> line.item().line().status() != LineStatus.PENDING)
        .thenComparing(line -> line.assessment().band(), Comparator.reverseOrder())
        .thenComparing(line -> line.assessment().score(), Comparator.reverseOrder());

    private final DeskData.Source source;
    private final BackgroundRunner runner;
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

    public LinesViewModel(DeskData.Source source, BackgroundRunner runner) {
        this.source = source;
        this.runner = runner;
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
        if (page.next() < 0 || generation != reloads) {
            return;
        }
        runner.run(progress -> source.read(page.next()), next -> {
            if (generation == reloads) {
                append(next);
                more(next, generation);
            }
        }, this::fail);
    }

    // The shown lines are already in queue order: sorting only the page and merging keeps each
    // append linear in the queue's length.
    private void append(DeskData page) {
        List<DeskLine> incoming = page.lines().stream().sorted(QUEUE_ORDER).toList();
        List<DeskLine> all = new java.util.ArrayList<>(items.size() + incoming.size());
        int i = 0;
        int j = 0;
        while (i < items.size() || j < incoming.size()) {
            boolean fromShown = j >= incoming.size()
                || (i < items.size() && QUEUE_ORDER.compare(items.get(i), incoming.get(j)) <= 0);
            all.add(fromShown ? items.get(i++) : incoming.get(j++));
        }
        DeskLine keep = selected.get();
        replace(all);
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
        replace(data.lines().stream().sorted(QUEUE_ORDER).toList());
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
        DeskLine next = current != null && current.item().line().id().equals(lineId) ? nextToDecide(lineId) : null;
        for (int i = 0; i < items.size(); i++) {
            DeskLine line = items.get(i);
            if (line.item().line().id().equals(lineId)) {
                CopyLine copy = line.item().line();
                CopyLine moved = new CopyLine(copy.id(), copy.campaign(), copy.channel(), copy.author(), copy.text(),
                    copy.statIds(), newStatus, copy.version());
                DeskLine updated = new DeskLine(new ReviewItem(moved, line.item().cited()), line.assessment(),
                    newStatus == LineStatus.APPROVED ? override : Optional.empty());
                items.set(i, updated);
                if (current == line) {
                    selected.set(next != null ? next : updated);
                }
                break;
            }
        }
        recount();
    }

    // The first line after this one, in the table's order, that still needs a decision.
    private DeskLine nextToDecide(String lineId) {
        int at = -1;
        for (int i = 0; i < sorted.size() && at < 0; i++) {
            at = sorted.get(i).item().line().id().equals(lineId) ? i : -1;
        }
        for (int step = 1; step <= sorted.size(); step++) {
            DeskLine candidate = sorted.get(Math.floorMod(at + step, sorted.size()));
            if (candidate.needsDecision() && !candidate.item().line().id().equals(lineId)) {
                return candidate;
            }
        }
        return null;
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

    public StringProperty filterProperty() {
        return filters.searchProperty();
    }

    public StringProperty statusFilterProperty() {
        return filters.statusProperty();
    }

    public StringProperty bandFilterProperty() {
        return filters.bandProperty();
    }

    public StringProperty campaignFilterProperty() {
        return filters.campaignProperty();
    }

    public StringProperty channelFilterProperty() {
        return filters.channelProperty();
    }

    public ObservableList<String> campaigns() {
        return filters.campaigns();
    }

    public ObservableList<String> channels() {
        return filters.channels();
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
