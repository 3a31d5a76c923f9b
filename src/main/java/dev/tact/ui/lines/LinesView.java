package dev.tact.ui.lines;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.controlsfx.control.MaskerPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The queue: filters by status, band, campaign and channel, a search field, and the table. */
public final class LinesView {
    private final LinesViewModel model;
    private TableView<DeskLine> table;
    private CustomTextField search;

    public LinesView(LinesViewModel model) {
        this.model = model;
    }

    public Parent build() {
        table = LinesTable.create();
        table.setItems(sorted());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> model
            .selectedProperty().set(now));
        model.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        MaskerPane masker = new MaskerPane();
        masker.setText("Loading and assessing the lines…");
        masker.visibleProperty().bind(model.loadingProperty());
        BorderPane pane = new BorderPane(new StackPane(table, masker));
        pane.setTop(new VBox(filters(), errorBanner()));
        pane.getStyleClass().add("queue");
        return pane;
    }

    private javafx.collections.transformation.SortedList<DeskLine> sorted() {
        var sorted = new javafx.collections.transformation.SortedList<>(model.visibleItems());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        return sorted;
    }

    private HBox filters() {
        search = new CustomTextField();
        search.setId("filterField");
        search.setPromptText("Search lines (Ctrl+F)");
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.filterProperty());
        search.setMinWidth(160);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8,
            choice("statusFilter", "Status", FXList.of(LinesViewModel.statusChoices()), model.statusFilterProperty()),
            choice("bandFilter", "Band", FXList.of(LinesViewModel.bandChoices()), model.bandFilterProperty()),
            choice("campaignFilter", "Campaign", model.campaigns(), model.campaignFilterProperty()),
            choice("channelFilter", "Channel", model.channels(), model.channelFilterProperty()),
            search);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static HBox choice(String id, String title, ObservableList<String> options, StringProperty value) {
        ChoiceBox<String> box = new ChoiceBox<>(options);
        box.setId(id);
        box.setPrefWidth(id.equals("campaignFilter") ? 150 : 105);
        box.valueProperty().bindBidirectional(value);
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox pair = new HBox(4, label, box);
        pair.getStyleClass().add("filter");
        return pair;
    }

    private Label errorBanner() {
        Label banner = new Label();
        banner.setId("errorBanner");
        banner.getStyleClass().addAll("error-banner", Styles.DANGER);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(model.errorProperty());
        banner.visibleProperty().bind(model.errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    public TableView<DeskLine> table() {
        return table;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Small helper: an observable copy of a fixed list. */
    private static final class FXList {
        private FXList() {
        }

        static ObservableList<String> of(java.util.List<String> values) {
            return javafx.collections.FXCollections.observableArrayList(values);
        }
    }
}
