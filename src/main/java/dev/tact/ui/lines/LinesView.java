package dev.tact.ui.lines;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.MaskerPane;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The lines screen: header with filter and refresh, the table, a status bar. Builds and binds only. */
public final class LinesView {
    private final LinesViewModel model;

    public LinesView(LinesViewModel model) {
        this.model = model;
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("lines-screen");
        root.getStylesheets().add(LinesView.class.getResource("/ui/lines.css").toExternalForm());
        root.setTop(new VBox(header(), errorBanner()));
        root.setCenter(tableWithMask());
        root.setBottom(statusBar());
        return root;
    }

    private HBox header() {
        Label title = new Label("Tact");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label subtitle = new Label("Review desk");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, new FontIcon(Feather.SHIELD), title, subtitle, spacer, filterField(),
            refreshButton());
        header.getStyleClass().add("desk-header");
        return header;
    }

    private CustomTextField filterField() {
        CustomTextField filter = new CustomTextField();
        filter.setId("filterField");
        filter.setPromptText("Filter lines (Ctrl+F)");
        filter.setLeft(new FontIcon(Feather.SEARCH));
        filter.setPrefWidth(280);
        filter.textProperty().bindBidirectional(model.filterProperty());
        return filter;
    }

    private Button refreshButton() {
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshButton");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Reload from the database (F5)"));
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.reload());
        return refresh;
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

    private StackPane tableWithMask() {
        TableView<DeskLine> table = LinesTable.create();
        table.setItems(model.visibleItems());
        MaskerPane masker = new MaskerPane();
        masker.setText("Opening the database…");
        masker.visibleProperty().bind(model.loadingProperty());
        return new StackPane(table, masker);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.statusProperty());
        Label location = new Label();
        location.getStyleClass().add(Styles.TEXT_MUTED);
        location.textProperty().bind(model.databaseLocationProperty());
        bar.getRightItems().add(location);
        return bar;
    }
}
