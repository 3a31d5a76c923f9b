package dev.tact.ui.policy;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The policy view: preset and default thresholds, with preview, save and discard. */
public final class PolicyDialog {

    private PolicyDialog() {
    }

    public static void show(Window owner, PolicyViewModel model) {
        model.load();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Policy");
        ChoiceBox<String> preset = new ChoiceBox<>(model.presets());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Preset in force"), preset);
        grid.addRow(1, new Label("Cohort floor (people)"), spinner(model.minCohortProperty(), 1, 1_000_000, 10));
        grid.addRow(2, new Label("Medium from score"), spinner(model.mediumProperty(), 0, 100, 1));
        grid.addRow(3, new Label("High from score"), spinner(model.highProperty(), 0, 100, 1));
        Button preview = new Button("Preview on the queue");
        preview.setOnAction(event -> model.preview());
        Button save = new Button("Save as new version");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Button discard = new Button("Discard preview");
        discard.disableProperty().bind(model.previewingProperty().not());
        discard.setOnAction(event -> model.discard());
        Label message = new Label();
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.textProperty().bind(model.messageProperty());
        Label note = new Label("Channel floors (billboard, social, email, in-app) stay as the preset sets them;"
            + " export the policy with `tact policy export` to edit them and the lexicons.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        dialog.getDialogPane().setContent(new VBox(12, grid, new HBox(8, preview, save, discard), message, note));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Closing with a preview still on the queue would leave the desk showing (and a reviewer
        // deciding under) a policy that is not in force: closing discards it.
        dialog.setOnHidden(event -> model.closed());
        dialog.show();
    }

    private static Spinner<Integer> spinner(javafx.beans.property.IntegerProperty value, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get(), step);
        spinner.setEditable(true);
        spinner.getValueFactory().valueProperty().addListener((observable, before, now) -> value.set(now));
        value.addListener((observable, before, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }
}
