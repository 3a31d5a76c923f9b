package dev.tact.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.tact.core.Verdict;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The decision under the evidence: the three verdicts, the reason, record and cancel, the rule's hint. */
final class DecisionBox {
    private final EvidenceViewModel model;
    private final TextArea reason = new TextArea();

    DecisionBox(EvidenceViewModel model) {
        this.model = model;
    }

    void focusReason() {
        reason.requestFocus();
    }

    // Sized for a 1024x680 window: no button narrower than its text (the verdicts wrap instead),
    // and rows with nothing to say take no height, so the evidence above keeps its room.
    Node build() {
        reason.setId("reasonField");
        reason.setPromptText("Reason (required to reject, request changes or override a high band)");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        reason.disableProperty().bind(model.verdictProperty().isNull());
        Label chosen = collapsing(new Label());
        chosen.textProperty().bind(model.verdictProperty().asString("Decision: %s").map(text ->
            text.endsWith("null") ? "" : text.toLowerCase(Locale.ROOT).replace("decision: ", "Deciding: ")));
        FlowPane record = new FlowPane(8, 8, confirmButton(), cancelButton(), chosen);
        record.setAlignment(Pos.CENTER_LEFT);
        Label hint = collapsing(new Label());
        hint.setId("decisionHint");
        hint.textProperty().bind(model.hintProperty());
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = collapsing(new Label());
        message.setId("decisionMessage");
        message.textProperty().bind(model.messageProperty());
        Label route = collapsing(new Label());
        route.setId("routeStatus");
        route.textProperty().bind(model.routeProperty());
        Label decided = collapsing(new Label());
        decided.setId("decidedNotice");
        decided.textProperty().bind(model.notice().textProperty());
        decided.getStyleClass().add(Styles.WARNING);
        VBox box = new VBox(8, decided, route, verdicts(), reason, record, hint, message);
        box.setId("decisionBox");
        box.getStyleClass().add("decision-box");
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private FlowPane verdicts() {
        FlowPane verdicts = new FlowPane(8, 8,
            verdictButton("Approve", "Approve", Feather.CHECK, Verdict.APPROVE, "A", Styles.SUCCESS),
            verdictButton("Reject", "Reject", Feather.X, Verdict.REJECT, "R", Styles.DANGER),
            verdictButton("Changes", "Request changes", Feather.EDIT_2, Verdict.CHANGES, "C", Styles.ACCENT));
        // A disabled button shows no tooltip: while paused the row around the buttons says why.
        Tooltip paused = new Tooltip(EvidenceViewModel.PAUSED);
        model.pausedProperty().addListener((observable, before, now) -> {
            if (now) {
                Tooltip.install(verdicts, paused);
            } else {
                Tooltip.uninstall(verdicts, paused);
            }
        });
        return verdicts;
    }

    private Button confirmButton() {
        Button confirm = new Button("Record decision");
        confirm.setId("confirmButton");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        confirm.setTooltip(new Tooltip("Ctrl+Enter"));
        confirm.disableProperty().bind(model.canConfirmBinding().not());
        confirm.setOnAction(event -> model.confirm());
        return confirm;
    }

    private Button cancelButton() {
        Button cancel = new Button("Cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip("Esc"));
        cancel.disableProperty().bind(model.verdictProperty().isNull());
        cancel.setOnAction(event -> model.cancel());
        return cancel;
    }

    // A wrapped label that is laid out only while it has text.
    private static Label collapsing(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    // "Changes" rather than "Request changes" keeps the three verdicts on one row in a 1024-wide window;
    // the tooltip says it in full.
    private Button verdictButton(String text, String action, Feather icon, Verdict verdict, String key,
                                 String style) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(verdict.code() + "Button");
        button.getStyleClass().addAll(style, Styles.BUTTON_OUTLINED);
        button.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(javafx.beans.binding.Bindings.when(model.pausedProperty())
            .then(EvidenceViewModel.PAUSED).otherwise(action + " (" + key + ")"));
        button.setTooltip(tooltip);
        button.disableProperty().bind(model.lineProperty().isNull().or(model.busyProperty())
            .or(model.pausedProperty()));
        button.setOnAction(event -> {
            model.start(verdict);
            focusReason();
        });
        return button;
    }
}
