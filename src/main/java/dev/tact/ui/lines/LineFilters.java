package dev.tact.ui.lines;

import dev.tact.core.Band;
import dev.tact.core.LineStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue's filters: status, band, campaign and channel choices and a search text, turned into
 * one predicate whenever any of them changes.
 */
public final class LineFilters {
    /** The filter choice that lets everything through. */
    public static final String ALL = "All";

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", ALL);
    private final StringProperty band = new SimpleStringProperty(this, "band", ALL);
    private final StringProperty campaign = new SimpleStringProperty(this, "campaign", ALL);
    private final StringProperty channel = new SimpleStringProperty(this, "channel", ALL);
    private final ObservableList<String> campaigns = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> channels = FXCollections.observableArrayList(ALL);
    private final BooleanBinding active;

    LineFilters(java.util.function.Consumer<Predicate<DeskLine>> onChange) {
        for (StringProperty each : all()) {
            each.addListener((observable, before, now) -> onChange.accept(predicate()));
        }
        active = Bindings.createBooleanBinding(() -> !blank(search.get()) || chosen(status) != null
            || chosen(band) != null || chosen(campaign) != null || chosen(channel) != null,
            search, status, band, campaign, channel);
    }

    private List<StringProperty> all() {
        return List.of(search, status, band, campaign, channel);
    }

    /** Lets every line through again: no search text, every choice "All". */
    public void clear() {
        search.set("");
        for (StringProperty choice : List.of(status, band, campaign, channel)) {
            choice.set(ALL);
        }
    }

    /** Whether any filter or search text is hiding lines (or could). */
    public BooleanBinding activeBinding() {
        return active;
    }

    /** The campaign and channel choices are the ones the loaded lines have. */
    void refreshChoices(List<DeskLine> lines) {
        TreeSet<String> campaignNames = new TreeSet<>();
        TreeSet<String> channelNames = new TreeSet<>();
        for (DeskLine line : lines) {
            campaignNames.add(line.item().line().campaign());
            if (!line.item().line().channel().isEmpty()) {
                channelNames.add(line.item().line().channel());
            }
        }
        String campaignChosen = campaign.get();
        String channelChosen = channel.get();
        campaigns.setAll(ALL);
        campaigns.addAll(campaignNames);
        channels.setAll(ALL);
        channels.addAll(channelNames);
        // A choice box forgets its value when its options change: keep the user's choice.
        campaign.set(campaignNames.contains(campaignChosen) ? campaignChosen : ALL);
        channel.set(channelNames.contains(channelChosen) ? channelChosen : ALL);
    }

    // The choices are resolved once per change, so testing 100,000 lines compares enums and
    // references rather than building strings.
    Predicate<DeskLine> predicate() {
        String text = blank(search.get()) ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        LineStatus wantedStatus = chosen(status) == null ? null : Arrays.stream(LineStatus.values())
            .filter(each -> each.label().equalsIgnoreCase(status.get())).findFirst().orElse(null);
        Band wantedBand = chosen(band) == null ? null : Band.fromCode(band.get());
        String wantedCampaign = chosen(campaign);
        String wantedChannel = chosen(channel);
        return line -> (wantedStatus == null || line.item().line().status() == wantedStatus)
            && (wantedBand == null || line.assessment().band() == wantedBand)
            && (wantedCampaign == null || wantedCampaign.equals(line.item().line().campaign()))
            && (wantedChannel == null || wantedChannel.equals(line.item().line().channel()))
            && (text.isEmpty() || line.searchKey().contains(text));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String chosen(StringProperty choice) {
        return choice.get() == null || ALL.equals(choice.get()) ? null : choice.get();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty bandProperty() {
        return band;
    }

    public StringProperty campaignProperty() {
        return campaign;
    }

    public StringProperty channelProperty() {
        return channel;
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
}
