package dev.tact.ui;

import dev.tact.core.Assessment;
import dev.tact.core.Factor;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The five factors as bars, each with its value and its causes. */
public final class FactorBars {

    private FactorBars() {
    }

    public static GridPane of(Assessment assessment) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("factor-bars");
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Factor factor : assessment.factors()) {
            String name = factor.name().name().toLowerCase(Locale.ROOT);
            Label label = new Label(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            label.getStyleClass().add("factor-name");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ProgressBar bar = new ProgressBar(factor.value());
            bar.setPrefWidth(120);
            bar.setMinWidth(120);
            bar.getStyleClass().add("factor-bar");
            Label value = new Label(String.format(Locale.ROOT, "%.2f", factor.value()));
            value.getStyleClass().add("factor-value");
            Label causes = new Label(factor.causes().isEmpty() ? "—" : String.join(" · ", factor.causes()));
            causes.getStyleClass().add("factor-causes");
            causes.setWrapText(true);
            GridPane.setHgrow(causes, Priority.ALWAYS);
            grid.addRow(row++, label, bar, value, causes);
        }
        return grid;
    }
}
