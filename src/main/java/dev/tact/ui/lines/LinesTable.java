package dev.tact.ui.lines;

import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** The table of copy lines: one column per fact a reviewer scans, the copy itself wrapped. */
final class LinesTable {

    private LinesTable() {
    }

    static TableView<DeskLine> create() {
        TableView<DeskLine> table = new TableView<>();
        table.setId("linesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        table.getColumns().add(scoreColumn());
        table.getColumns().add(statusColumn());
        table.getColumns().add(cohortColumn());
        table.getColumns().add(copyColumn());
        // Also shown under each line of copy; as columns they sort and can be switched on from the
        // table's menu button.
        for (TableColumn<DeskLine, String> extra : List.of(
            textColumn("Campaign", 130, line -> line.item().line().campaign()),
            textColumn("Channel", 110, line -> line.item().line().channel()),
            textColumn("Author", 100, line -> line.item().line().author()),
            textColumn("Line", 80, line -> line.item().line().id()))) {
            extra.setVisible(false);
            table.getColumns().add(extra);
        }
        return table;
    }

    private static TableColumn<DeskLine, String> textColumn(String title, double width,
                                                            Function<DeskLine, String> value) {
        TableColumn<DeskLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<DeskLine, DeskLine> lineColumn(String title, double width,
                                                              Comparator<DeskLine> order) {
        TableColumn<DeskLine, DeskLine> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order);
        return column;
    }

    // An approval given over a high or unassessed band is marked in the queue itself, with the
    // reviewer's reason a hover away, so it is not found only by opening the line's history. The mark
    // is its own tag under the status, so the column stays narrow and neither is cut to "…".
    private static TableColumn<DeskLine, DeskLine> statusColumn() {
        TableColumn<DeskLine, DeskLine> column = lineColumn("Status", 115,
            Comparator.comparing((DeskLine line) -> line.item().line().status()).thenComparing(DeskLine::statusText));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DeskLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                var status = line.item().line().status();
                VBox box = new VBox(3, dev.tact.ui.AssessmentNodes.pill(status.label(),
                    "status-" + status.code().replace('_', '-')));
                box.setAlignment(Pos.CENTER_LEFT);
                line.override().ifPresent(found -> box.getChildren().add(dev.tact.ui.AssessmentNodes.pill("override",
                    "status-override")));
                setGraphic(box);
                setAccessibleText(line.statusText());
                setTooltip(line.override().map(found -> new Tooltip(found.note())).orElse(null));
            }
        });
        return column;
    }

    private static TableColumn<DeskLine, DeskLine> scoreColumn() {
        TableColumn<DeskLine, DeskLine> column = lineColumn("Score", 105,
            Comparator.comparingInt(line -> line.assessment().score()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DeskLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Assessment assessment = line.assessment();
                Label score = new Label(Integer.toString(assessment.score()));
                score.getStyleClass().add("score-number");
                HBox box = new HBox(8, score, dev.tact.ui.AssessmentNodes.pill(assessment.band().code(), "band-" + assessment.band().code()));
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setTooltip(new Tooltip(String.join("\n", assessment.reasons())));
            }
        });
        return column;
    }

    private static TableColumn<DeskLine, DeskLine> cohortColumn() {
        TableColumn<DeskLine, DeskLine> column = lineColumn("Cohort", 95, Comparator.comparingLong(
            line -> line.assessment().cohort().map(BoundCohort::size).orElse(Long.MAX_VALUE)));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DeskLine line, boolean empty) {
                super.updateItem(line, empty);
                setAlignment(Pos.CENTER_RIGHT);
                getStyleClass().removeAll("no-cohort", "under-floor");
                if (empty || line == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                Assessment assessment = line.assessment();
                if (assessment.cohort().isEmpty()) {
                    setText("—");
                    getStyleClass().add("no-cohort");
                    setTooltip(new Tooltip("No count of people in the line or its stats."));
                    return;
                }
                BoundCohort cohort = assessment.cohort().get();
                setText(String.format(Locale.ROOT, "%,d", cohort.size()));
                if (cohort.size() < assessment.minCohort()) {
                    getStyleClass().add("under-floor");
                }
                setTooltip(new Tooltip(cohort.explanation() + cohort.stat().map(stat -> "\n" + stat.description())
                    .orElse("") + String.format(Locale.ROOT, "%nFloor for this channel: %,d people",
                    assessment.minCohort())));
            }
        });
        return column;
    }

    private static TableColumn<DeskLine, DeskLine> copyColumn() {
        TableColumn<DeskLine, DeskLine> column = lineColumn("Copy", 420,
            Comparator.comparing(line -> line.item().line().text()));
        // The copy is what is reviewed: it wraps to the column's width, with where it runs and
        // who wrote it underneath.
        column.setCellFactory(col -> new TableCell<>() {
            private final Text copy = new Text();
            private final Text meta = new Text();
            private final VBox box = new VBox(2, copy, meta);

            {
                copy.getStyleClass().add("copy-text");
                copy.wrappingWidthProperty().bind(col.widthProperty().subtract(18));
                meta.getStyleClass().add("copy-meta");
                meta.wrappingWidthProperty().bind(copy.wrappingWidthProperty());
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(DeskLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                var item = line.item().line();
                copy.setText(item.text());
                meta.setText(item.campaign() + " · " + (item.channel().isEmpty() ? "no channel" : item.channel())
                    + " · " + (item.author().isEmpty() ? "no author" : item.author()) + " · " + item.id());
                setGraphic(box);
            }
        });
        return column;
    }
}
