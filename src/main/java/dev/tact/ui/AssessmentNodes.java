package dev.tact.ui;

import atlantafx.base.theme.Styles;
import dev.tact.core.Assessment;
import dev.tact.score.Suggestion;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces the evidence and drafting panes both show: a score row, a band pill, a suggestion. */
public final class AssessmentNodes {

    private AssessmentNodes() {
    }

    /** A rounded label, e.g. a band or a status; never shortened to "…". */
    public static Label pill(String text, String styleClass) {
        Label pill = new Label(text);
        pill.getStyleClass().addAll("pill", styleClass);
        pill.setMinWidth(Region.USE_PREF_SIZE);
        return pill;
    }

    /**
     * The big score, its band, and a muted detail beside them.
     *
     * @param idPrefix prefix for the score's and band's ids ("draft" → #draftScore, #draftBand), or null
     */
    public static HBox scoreRow(Assessment assessment, String detail, String idPrefix) {
        Label score = new Label(Integer.toString(assessment.score()));
        score.getStyleClass().add("big-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        Label band = pill(assessment.band().code(), "band-" + assessment.band().code());
        if (idPrefix != null) {
            score.setId(idPrefix + "Score");
            band.setId(idPrefix + "Band");
        }
        Label muted = new Label(detail);
        muted.getStyleClass().add(Styles.TEXT_MUTED);
        muted.setWrapText(true);
        HBox row = new HBox(12, score, band, muted);
        row.getStyleClass().add("score-row");
        return row;
    }

    /** One rung of the ladder: its score and band, the text, what it rests on and drops, and a button. */
    public static HBox suggestionRow(Suggestion suggestion, String action, Runnable onUse) {
        Assessment assessment = suggestion.assessment();
        Label band = pill(assessment.score() + " " + assessment.band().code(), "band-" + assessment.band().code());
        Label text = new Label(suggestion.text());
        text.setWrapText(true);
        Label detail = new Label(suggestion.stat().map(stat -> "stat " + stat.id() + " · ").orElse("")
            + "drops " + String.join(", ", suggestion.dropped()));
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        Button use = new Button(action);
        use.getStyleClass().add(Styles.SMALL);
        use.setMinWidth(Region.USE_PREF_SIZE);
        use.setId("useSuggestion" + suggestion.rank());
        use.setOnAction(event -> onUse.run());
        VBox words = new VBox(2, text, detail);
        if (!suggestion.closes().isEmpty()) {
            // What a line in a differencing finding is rewritten for: saying which gap it closes (issue 14).
            Label closes = new Label("Closes the gap with " + String.join(", ", suggestion.closes()));
            closes.getStyleClass().addAll(Styles.SUCCESS, "suggestion-closes");
            closes.setId("closes" + suggestion.rank());
            closes.setWrapText(true);
            words.getChildren().add(closes);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox row = new HBox(8, band, words, use);
        row.getStyleClass().add("suggestion");
        return row;
    }
}
