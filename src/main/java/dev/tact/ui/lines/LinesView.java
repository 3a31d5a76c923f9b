package dev.tact.ui.lines;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.MaskerPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queue: a search field and filters by status, band, campaign and channel, and the table; when
 * the filters hide every line it says so and offers to clear them.
 */
public final class LinesView {
    private final LinesViewModel model;
    private TableView<DeskLine> table;
    private CustomTextField search;

    public LinesView(LinesViewModel model) {
        this.model = model;
    }

    public Parent build() {
        table = LinesTable.create();
        table.setPlaceholder(placeholder());
        table.setItems(model.sortedItems());
        model.sortedItems().comparatorProperty().bind(table.comparatorProperty());
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, now) -> model.select(now));
        // After the rows are replaced (a reload) the table selects the line the model kept.
        model.sortedItems().addListener((javafx.collections.ListChangeListener<DeskLine>) change -> {
            DeskLine kept = model.selectedProperty().get();
            if (kept != null && table.getSelectionModel().getSelectedItem() != kept && model.sortedItems().contains(kept)) {
                table.getSelectionModel().select(kept);
            }
        });
        // The model moves the selection on after a decision: the table follows and keeps it in view.
        model.selectedProperty().addListener((observable, before, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                reveal(table.getSelectionModel().getSelectedIndex());
                // A line opened from a finding may have just come back from behind a filter: the rows
                // are laid out again on the next pulse, and only then can the row be brought into view.
                javafx.application.Platform.runLater(() -> reveal(table.getSelectionModel().getSelectedIndex()));
            }
        });
        MaskerPane masker = new MaskerPane();
        masker.setText("Loading and assessing the lines…");
        masker.visibleProperty().bind(model.maskedProperty());
        BorderPane pane = new BorderPane(new StackPane(table, masker));
        pane.setTop(new VBox(filters(), errorBanner()));
        pane.getStyleClass().add("queue");
        return pane;
    }

    // An empty database and a queue whose every line is filtered out are different problems.
    private VBox placeholder() {
        Label text = new Label();
        text.setId("queuePlaceholder");
        text.setWrapText(true);
        text.textProperty().bind(model.placeholderBinding());
        Hyperlink clear = new Hyperlink("Clear filters");
        clear.setId("placeholderClearFilters");
        clear.setTooltip(new Tooltip("Esc in the search field"));
        clear.visibleProperty().bind(model.hiddenBinding().greaterThan(0));
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(event -> model.clearFilters());
        VBox box = new VBox(6, text, clear);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }

    // One row when the queue is wide, wrapping onto a second when it is not, so no choice is cut to "…".
    private FlowPane filters() {
        search = new CustomTextField();
        search.setId("filterField");
        search.setPromptText("Search lines (Ctrl+F)");
        search.setTooltip(new Tooltip("Ctrl+F to search · Esc clears every filter"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(model.filters().searchProperty());
        search.setMinWidth(160);
        search.setPrefWidth(220);
        FlowPane bar = new FlowPane(8, 6, search,
            choice("statusFilter", "status", "All statuses", 150, FXList.of(LineFilters.statusChoices()),
                model.filters().statusProperty()),
            choice("bandFilter", "band", "All bands", 125, FXList.of(LineFilters.bandChoices()),
                model.filters().bandProperty()),
            choice("campaignFilter", "campaign", "All campaigns", 165, model.filters().campaigns(),
                model.filters().campaignProperty()),
            choice("channelFilter", "channel", "All channels", 140, model.filters().channels(), model.filters().channelProperty()),
            clearButton());
        bar.setId("filterBar");
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    // Shown only while a filter is set.
    private Button clearButton() {
        Button clear = new Button("Clear filters", new FontIcon(Feather.X));
        clear.setId("clearFiltersButton");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setTooltip(new Tooltip("Esc in the search field"));
        clear.visibleProperty().bind(model.filters().activeBinding());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(event -> model.clearFilters());
        return clear;
    }

    // The box names what it filters in its "All" choice ("All bands"), which saves a caption's width.
    private static ChoiceBox<String> choice(String id, String what, String allText, double width,
                                            ObservableList<String> options, StringProperty value) {
        ChoiceBox<String> box = new ChoiceBox<>(options);
        box.setId(id);
        box.setPrefWidth(width);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return LinesViewModel.ALL.equals(choice) ? allText : choice;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setTooltip(new Tooltip("Show only the lines of one " + what));
        box.valueProperty().bindBidirectional(value);
        return box;
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

    /** Whether the search field has the keyboard focus (Esc there clears the filters). */
    public boolean searching() {
        return search.isFocused();
    }

    /**
     * Brings a row into view with as little scrolling as it needs (the table's own scrollTo puts
     * the row at the top, so moving one line down the queue would jump a page).
     */
    public void reveal(int index) {
        if (index < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
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
