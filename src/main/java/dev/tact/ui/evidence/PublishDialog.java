package dev.tact.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.tact.ui.lines.DeskLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Review → Mark published… (Ctrl+Shift+P): the day the selected line ran, as YYYY-MM-DD like
 * {@code tact publish}. The dialog stays open until the store has answered, so a refusal is read
 * beside the date it was about, and nothing is written then.
 */
public final class PublishDialog {
    private PublishDialog() {
    }

    /** Opens the dialog for the line; it closes itself once the publication is recorded. */
    public static void show(Window owner, PublishViewModel model, DeskLine line) {
        model.open(line);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Mark published");
        dialog.setHeaderText("Mark " + line.item().line().id() + " (version " + line.item().line().version()
            + ") published");
        ButtonType publish = new ButtonType("Mark published", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(publish, ButtonType.CANCEL);
        VBox content = content(model);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(460);
        // A sentence that appears or wraps onto another line grows the dialog instead of being cut to "…".
        content.getChildren().forEach(node -> {
            if (node instanceof Label label) {
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                label.textProperty().addListener((observable, before, now) -> javafx.application.Platform.runLater(
                    () -> dialog.getDialogPane().getScene().getWindow().sizeToScene()));
            }
        });
        Button confirm = (Button) dialog.getDialogPane().lookupButton(publish);
        confirm.setId("publishConfirm");
        confirm.disableProperty().bind(model.canPublishBinding().not());
        // Recorded in the background: the dialog waits for the answer instead of closing on the click.
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.publish();
        });
        model.doneProperty().addListener((observable, before, now) -> {
            if (!now.isEmpty() && dialog.isShowing()) {
                dialog.setResult(publish);
                dialog.close();
            }
        });
        dialog.show();
    }

    private static VBox content(PublishViewModel model) {
        Label explain = new Label("The day this version ran. Published lines are part of what every later"
            + " campaign is checked against for differencing; the record is kept for good.");
        explain.setWrapText(true);
        DatePicker picker = datePicker(model);
        Label problem = new Label();
        problem.setId("publishProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(javafx.beans.binding.Bindings.when(model.errorProperty().isEmpty())
            .then(model.problemBinding()).otherwise(model.errorProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label note = new Label();
        note.setId("publishNote");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.WARNING);
        note.textProperty().bind(model.noteBinding());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return new VBox(10, explain, picker, problem, note);
    }

    // Typed as YYYY-MM-DD (the CLI's form) or picked; the view model judges the typed text, so a
    // text that is no day stays as typed, with the reason beside it.
    private static DatePicker datePicker(PublishViewModel model) {
        DatePicker picker = new DatePicker(LocalDate.parse(model.dayProperty().get()));
        picker.setId("publishDate");
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException notADay) {
                    return picker.getValue();
                }
            }
        });
        LocalDate today = LocalDate.parse(model.dayProperty().get());
        picker.setDayCellFactory(ignored -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(today));
            }
        });
        picker.getEditor().textProperty().bindBidirectional(model.dayProperty());
        return picker;
    }
}
