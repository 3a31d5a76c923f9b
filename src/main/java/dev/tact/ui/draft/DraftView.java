package dev.tact.ui.draft;

import atlantafx.base.theme.Styles;
import dev.tact.core.Assessment;
import dev.tact.ui.AssessmentNodes;
import dev.tact.ui.FactorBars;
import dev.tact.ui.SpanText;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The drafting pane: campaign, channel, cited stats, the text, and its live assessment. */
public final class DraftView {
    private final DraftViewModel model;
    private final VBox live = new VBox(10);

    public DraftView(DraftViewModel model) {
        this.model = model;
    }

    public Parent build() {
        TextArea text = new TextArea();
        text.setId("draftText");
        text.setPromptText("Type a line of copy; its score updates as you type.");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.textProperty().bindBidirectional(model.textProperty());
        model.assessmentProperty().addListener((observable, before, now) -> render(now));
        model.suggestions().addListener((javafx.collections.ListChangeListener<dev.tact.score.Suggestion>) change
            -> render(model.assessmentProperty().get()));
        render(null);
        Label message = new Label();
        message.setId("draftMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox pane = new VBox(12, form(), text, actions(), message, live);
        pane.setPadding(new Insets(16));
        pane.getStyleClass().add("draft");
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        return scroll;
    }

    // Save, start afresh, and which line saving writes; wrapping rather than cutting a button's text.
    private FlowPane actions() {
        Button save = new Button("Save for review");
        save.setId("saveDraftButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip("Ctrl+S: a new line, or a new version of the line being edited"));
        save.disableProperty().bind(model.savingProperty().or(model.textProperty().isEmpty()));
        save.setOnAction(event -> model.save());
        Button fresh = new Button("New line");
        fresh.setOnAction(event -> model.startNew());
        // Says what saving will do, rather than repeating the button beside it.
        Label editing = new Label();
        editing.textProperty().bind(model.lineIdProperty().map(id -> id.isEmpty() ? "Writing a new line"
            : "Editing line " + id));
        editing.getStyleClass().add(Styles.TEXT_MUTED);
        for (Region each : java.util.List.of(save, fresh, editing)) {
            each.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(8, 8, save, fresh, editing);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private GridPane form() {
        TextField campaign = new TextField();
        campaign.textProperty().bindBidirectional(model.campaignProperty());
        ComboBox<String> channel = new ComboBox<>();
        channel.getItems().addAll("national social", "billboard", "email", "in-app");
        channel.setEditable(true);
        channel.valueProperty().bindBidirectional(model.channelProperty());
        TextField stats = new TextField();
        stats.setId("draftStats");
        stats.setPromptText("Optional: the stat ids it cites");
        stats.setTooltip(new Tooltip("Stat ids the line cites, e.g. acp-daily-18d. Optional: numbers in the text"
            + " are matched to stats."));
        stats.textProperty().bindBidirectional(model.statIdsProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        // One field a row: side by side, a 1024-wide window left the campaign and channel a few letters each.
        form.addRow(0, caption("Campaign"), campaign);
        form.addRow(1, caption("Channel"), channel);
        form.addRow(2, caption("Cites"), stats);
        channel.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(campaign, Priority.ALWAYS);
        GridPane.setHgrow(channel, Priority.ALWAYS);
        GridPane.setHgrow(stats, Priority.ALWAYS);
        return form;
    }

    // A narrow pane shrinks the fields, never the captions to "…".
    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void render(Assessment assessment) {
        if (assessment == null) {
            Label hint = new Label("The spans, factors, score and band of your line appear here as you type.");
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setWrapText(true);
            live.getChildren().setAll(hint);
            return;
        }
        HBox row = AssessmentNodes.scoreRow(assessment, assessment.cohort().map(c -> "cohort " + c.explanation())
            .orElse("no cohort stated") + String.format(Locale.ROOT, " · floor %,d", assessment.minCohort()), "draft");
        live.getChildren().setAll(row, SpanText.of(model.assessedTextProperty().get(), assessment.spans()),
            FactorBars.of(assessment));
        if (!model.suggestions().isEmpty()) {
            Label heading = new Label("Safer alternatives");
            heading.getStyleClass().add(Styles.TITLE_4);
            live.getChildren().add(heading);
            for (dev.tact.score.Suggestion suggestion : model.suggestions()) {
                live.getChildren().add(AssessmentNodes.suggestionRow(suggestion, "Use", () -> model.use(suggestion)));
            }
        }
    }
}
