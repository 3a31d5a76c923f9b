package dev.tact.ui.lines;

import dev.tact.core.Band;
import dev.tact.ui.BackgroundRunner;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The lines screen's state: the copy lines, a text filter, loading and error states. */
public final class LinesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LinesViewModel.class);

    private final DeskData.Source source;
    private final BackgroundRunner runner;
    private final ObservableList<DeskLine> items = FXCollections.observableArrayList();
    private final FilteredList<DeskLine> visible = new FilteredList<>(items);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty databaseLocation = new SimpleStringProperty(this, "databaseLocation", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public LinesViewModel(DeskData.Source source, BackgroundRunner runner) {
        this.source = source;
        this.runner = runner;
        filter.addListener((observable, before, now) -> visible.setPredicate(item -> matches(item, now)));
    }

    /** Reads the lines again in the background; the list keeps its content until they arrive. */
    public void reload() {
        loading.set(true);
        error.set("");
        runner.run(source::read, this::show, this::fail);
    }

    private void show(DeskData data) {
        items.setAll(data.lines());
        databaseLocation.set(data.summary().file().toString());
        long high = data.lines().stream().filter(line -> line.assessment().band() == Band.HIGH).count();
        status.set(String.format(Locale.ROOT, "%,d lines in %,d campaigns · %,d high · %,d stats · policy %s",
            data.summary().lines(), data.summary().campaigns(), high, data.summary().stats(), data.policy()));
        loading.set(false);
    }

    private void fail(Throwable failure) {
        LOG.error("could not load the desk", failure);
        loading.set(false);
        error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }

    static boolean matches(DeskLine item, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        var line = item.item().line();
        return (line.id() + "\n" + line.campaign() + "\n" + line.author() + "\n" + line.channel() + "\n"
            + line.status().label() + "\n" + item.assessment().band().code() + "\n" + line.text())
            .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** The lines that pass the filter, in campaign and import order. */
    public ObservableList<DeskLine> visibleItems() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
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
}
