package dev.tact.ui.lines;

import dev.tact.core.ReviewItem;
import dev.tact.core.Stat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** The table of copy lines: one column per fact a reviewer scans, the copy itself wrapped. */
final class LinesTable {

    private LinesTable() {
    }

    static TableView<ReviewItem> create() {
        TableView<ReviewItem> table = new TableView<>();
        table.setId("linesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No copy lines yet. Import some with: tact import-copy FILE"));
        table.getColumns().add(textColumn("Line", 80, item -> item.line().id()));
        table.getColumns().add(textColumn("Campaign", 140, item -> item.line().campaign()));
        table.getColumns().add(textColumn("Channel", 130, item -> item.line().channel()));
        table.getColumns().add(textColumn("Author", 110, item -> item.line().author()));
        table.getColumns().add(statusColumn());
        table.getColumns().add(cohortColumn());
        table.getColumns().add(copyColumn());
        return table;
    }

    private static TableColumn<ReviewItem, String> textColumn(String title, double width,
                                                              Function<ReviewItem, String> value) {
        TableColumn<ReviewItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ReviewItem, ReviewItem> statusColumn() {
        TableColumn<ReviewItem, ReviewItem> column = new TableColumn<>("Status");
        column.setPrefWidth(130);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator((a, b) -> a.line().status().compareTo(b.line().status()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ReviewItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label pill = new Label(item.line().status().label());
                pill.getStyleClass().addAll("status-pill", "status-" + item.line().status().code().replace('_', '-'));
                setGraphic(pill);
            }
        });
        return column;
    }

    private static TableColumn<ReviewItem, Optional<Stat>> cohortColumn() {
        TableColumn<ReviewItem, Optional<Stat>> column = new TableColumn<>("Cohort");
        column.setPrefWidth(110);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().smallestCitedStat()));
        column.setComparator((a, b) -> Long.compare(a.map(Stat::cohortSize).orElse(Long.MAX_VALUE),
            b.map(Stat::cohortSize).orElse(Long.MAX_VALUE)));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Optional<Stat> stat, boolean empty) {
                super.updateItem(stat, empty);
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().remove("no-stat");
                if (empty || stat == null) {
                    setText(null);
                    setTooltip(null);
                } else if (stat.isEmpty()) {
                    setText("no stat");
                    getStyleClass().add("no-stat");
                    setTooltip(new Tooltip("The line cites no stat: its cohort comes from the text alone."));
                } else {
                    setText(String.format(Locale.ROOT, "%,d", stat.get().cohortSize()));
                    setTooltip(new Tooltip(describe(stat.get())));
                }
            }
        });
        return column;
    }

    static String describe(Stat stat) {
        String of = stat.baseSize().isPresent()
            ? String.format(Locale.ROOT, " of %,d", stat.baseSize().getAsLong()) : "";
        return String.format(Locale.ROOT, "%,d%s ← stat %s%n%s", stat.cohortSize(), of, stat.id(),
            stat.description());
    }

    private static TableColumn<ReviewItem, String> copyColumn() {
        TableColumn<ReviewItem, String> column = textColumn("Copy", 480, item -> item.line().text());
        // The copy is what is reviewed: it wraps to the column's width instead of being cut off.
        column.setCellFactory(col -> new TableCell<>() {
            private final Text copy = new Text();

            {
                copy.getStyleClass().add("copy-text");
                copy.wrappingWidthProperty().bind(col.widthProperty().subtract(18));
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                copy.setText(empty ? null : text);
                setGraphic(empty ? null : copy);
            }
        });
        return column;
    }
}
