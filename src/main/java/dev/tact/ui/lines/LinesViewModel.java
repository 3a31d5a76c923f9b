package dev.tact.ui.lines;

import dev.tact.core.Band;
import dev.tact.core.CopyLine;
import dev.tact.core.LineStatus;
import dev.tact.core.ReviewItem;
import dev.tact.ui.BackgroundRunner;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue's state: the lines, pending {@code high} lines first, filtered by status,
 * band, campaign, channel and a search text; the selected line; counts for the status bar.
 */
public final class LinesViewModel {
    /** The filter choice that lets everything through. */
    public static final String ALL = "All";
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
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty statusFilter = new SimpleStringProperty(this, "statusFilter", ALL);
    private final StringProperty bandFilter = new SimpleStringProperty(this, "bandFilter", ALL);
    private final StringProperty campaignFilter = new SimpleStringProperty(this, "campaignFilter", ALL);
    private final StringProperty channelFilter = new SimpleStringProperty(this, "channelFilter", ALL);
    private final ObservableList<String> campaigns = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<DeskLine> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty databaseLocation = new SimpleStringProperty(this, "databaseLocation", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final IntegerProperty high = new SimpleIntegerProperty(this, "high");
    private DeskData shown;
    private long reloads;

    public LinesViewModel(DeskData.Source source, BackgroundRunner runner) {
        this.source = source;
        this.runner = runner;
        for (StringProperty each : List.of(filter, statusFilter, bandFilter, campaignFilter, channelFilter)) {
            each.addListener((observable, before, now) -> visible.setPredicate(predicate()));
        }
    }

    /**
     * Reads the lines again in the background, page by page: the first page replaces what is
     * shown, the rest are added as they arrive, so a large queue is usable at once.
     */
    public void reload() {
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
        items.setAll(all);
        refreshChoices();
        recount();
        if (keep != null) {
            selected.set(keep);
        }
    }

    /** Shows these lines (a load, or a policy preview) in queue order. */
    public void show(DeskData data) {
        shown = data;
        String keep = selected.get() == null ? null : selected.get().item().line().id();
        items.setAll(data.lines().stream().sorted(QUEUE_ORDER).toList());
        refreshChoices();
        databaseLocation.set(data.summary().file().toString());
        recount();
        loading.set(false);
        items.stream().filter(line -> keep == null || line.item().line().id().equals(keep)).findFirst()
            .ifPresent(selected::set);
    }

    private void fail(Throwable failure) {
        LOG.error("could not load the desk", failure);
        loading.set(false);
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    /** After a decision: the line takes its new status in place, without reloading the queue. */
    public void decided(String lineId, LineStatus newStatus) {
        for (int i = 0; i < items.size(); i++) {
            DeskLine line = items.get(i);
            if (line.item().line().id().equals(lineId)) {
                CopyLine copy = line.item().line();
                CopyLine moved = new CopyLine(copy.id(), copy.campaign(), copy.channel(), copy.author(), copy.text(),
                    copy.statIds(), newStatus, copy.version());
                DeskLine updated = new DeskLine(new ReviewItem(moved, line.item().cited()), line.assessment());
                boolean wasSelected = selected.get() == line;
                items.set(i, updated);
                if (wasSelected) {
                    selected.set(updated);
                }
                break;
            }
        }
        recount();
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

    private void refreshChoices() {
        TreeSet<String> campaignNames = new TreeSet<>();
        TreeSet<String> channelNames = new TreeSet<>();
        for (DeskLine line : items) {
            campaignNames.add(line.item().line().campaign());
            if (!line.item().line().channel().isEmpty()) {
                channelNames.add(line.item().line().channel());
            }
        }
        String campaign = campaignFilter.get();
        String channel = channelFilter.get();
        campaigns.setAll(ALL);
        campaigns.addAll(campaignNames);
        channels.setAll(ALL);
        channels.addAll(channelNames);
        // A choice box forgets its value when its options change: keep the user's choice.
        campaignFilter.set(campaignNames.contains(campaign) ? campaign : ALL);
        channelFilter.set(channelNames.contains(channel) ? channel : ALL);
    }

    // The choices are resolved once per change, so testing 100,000 lines compares enums and
    // references rather than building strings.
    private Predicate<DeskLine> predicate() {
        String search = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        LineStatus status = chosen(statusFilter) == null ? null : java.util.Arrays.stream(LineStatus.values())
            .filter(each -> each.label().equalsIgnoreCase(statusFilter.get())).findFirst().orElse(null);
        Band band = chosen(bandFilter) == null ? null : Band.fromCode(bandFilter.get());
        String campaign = chosen(campaignFilter);
        String channel = chosen(channelFilter);
        return line -> (status == null || line.item().line().status() == status)
            && (band == null || line.assessment().band() == band)
            && (campaign == null || campaign.equals(line.item().line().campaign()))
            && (channel == null || channel.equals(line.item().line().channel()))
            && (search.isEmpty() || line.searchKey().contains(search));
    }

    private static String chosen(StringProperty choice) {
        return choice.get() == null || ALL.equals(choice.get()) ? null : choice.get();
    }

    /** The lines that pass the filters, in queue order. */
    public ObservableList<DeskLine> visibleItems() {
        return visible;
    }

    /** Every line loaded, unfiltered, for previews. */
    public List<ReviewItem> allItems() {
        return items.stream().map(DeskLine::item).toList();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty bandFilterProperty() {
        return bandFilter;
    }

    public StringProperty campaignFilterProperty() {
        return campaignFilter;
    }

    public StringProperty channelFilterProperty() {
        return channelFilter;
    }

    public ObservableList<String> campaigns() {
        return campaigns;
    }

    public ObservableList<String> channels() {
        return channels;
    }

    /** The statuses to filter by, "All" first. */
    public static List<String> statusChoices() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL),
            java.util.Arrays.stream(LineStatus.values()).map(LineStatus::label)).toList();
    }

    /** The bands to filter by, "All" first. */
    public static List<String> bandChoices() {
        return List.of(ALL, "unassessed", "high", "medium", "low");
    }

    public ObjectProperty<DeskLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
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
