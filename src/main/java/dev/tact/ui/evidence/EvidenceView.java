package dev.tact.ui.evidence;

import atlantafx.base.theme.Styles;
import dev.tact.core.Assessment;
import dev.tact.core.BoundCohort;
import dev.tact.core.Decision;
import dev.tact.core.Stat;
import dev.tact.core.History;
import dev.tact.ui.AssessmentNodes;
import dev.tact.ui.FactorBars;
import dev.tact.ui.SpanText;
import dev.tact.ui.lines.DeskLine;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The evidence pane: the line with its spans, score and band, cohort, factors, decision and history. */
public final class EvidenceView {
    private final EvidenceViewModel model;
    private final VBox content = new VBox(14);
    private final DecisionBox decision;

    public EvidenceView(EvidenceViewModel model) {
        this.model = model;
        this.decision = new DecisionBox(model);
    }

    public Parent build() {
        content.getStyleClass().add("evidence");
        content.setPadding(new Insets(16));
        model.lineProperty().addListener((observable, before, now) -> render());
        model.historyProperty().addListener((observable, before, now) -> render());
        model.suggestions().addListener((javafx.collections.ListChangeListener<dev.tact.score.Suggestion>) change
            -> render());
        model.precedents().addListener(
            (javafx.collections.ListChangeListener<dev.tact.score.Precedents.Match>) change -> render());
        model.releases().findings().addListener(
            (javafx.collections.ListChangeListener<dev.tact.ui.lines.DisclosureBands.Found>) change -> render());
        model.releases().publications().addListener((javafx.collections.ListChangeListener<String>) change
            -> render());
        render();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("evidencePane");
        // The decision stays in view however long the evidence is.
        javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(scroll);
        pane.setBottom(decision.build());
        return pane;
    }

    /** Moves the keyboard focus to the reason field, for a decision just started. */
    public void focusReason() {
        decision.focusReason();
    }

    private void render() {
        DeskLine line = model.lineProperty().get();
        if (line == null) {
            content.getChildren().setAll(muted("Select a line in the queue (J/K or arrows) to see its evidence."));
            return;
        }
        Assessment assessment = line.assessment();
        var copy = line.item().line();
        content.getChildren().setAll(
            title(copy.id() + " · " + copy.campaign() + " · " + copy.channel() + " · by " + copy.author()
                + " · version " + copy.version() + " · " + copy.status().label()),
            SpanText.of(copy.text(), assessment.spans()),
            scoreRow(assessment),
            DisclosureLinks.of(model.releases()),
            language(assessment),
            section("Cohort", cohort(assessment)),
            readersView(line),
            section("Factors", FactorBars.of(assessment)),
            section("Precedents", precedents()),
            section("Safer alternatives", alternatives()),
            section("History", history()));
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, "evidence-title");
        label.setWrapText(true);
        return label;
    }

    private static HBox scoreRow(Assessment assessment) {
        return AssessmentNodes.scoreRow(assessment, String.format(Locale.ROOT, "%s floor %s%s",
            assessment.channel().isEmpty() ? "Default" : capitalized(assessment.channel()),
            dev.tact.core.Counts.people(assessment.minCohort()),
            assessment.cohort().map(c -> c.size() < assessment.minCohort() ? " — the cohort is under it" : "")
                .orElse("")), null);
    }

    private static Label language(Assessment assessment) {
        var language = assessment.language();
        Label label = muted(language.covered()
            ? "Read as " + language.name() + (language.reason().isEmpty() ? "" : " (" + language.reason() + ")")
            : "Not assessed: " + language.reason() + ". Read it yourself; approving needs a written reason.");
        label.setId("evidenceLanguage");
        label.setWrapText(true);
        return label;
    }

    private static Node cohort(Assessment assessment) {
        VBox claims = new VBox(4);
        assessment.reasons().stream().filter(reason -> reason.startsWith("claim not backed")).forEach(reason -> {
            Label claim = new Label(Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
            claim.getStyleClass().add(Styles.DANGER);
            claim.setWrapText(true);
            claims.getChildren().add(claim);
        });
        Node bound = boundCohort(assessment);
        return claims.getChildren().isEmpty() ? bound : new VBox(6, claims, bound);
    }

    private static Node boundCohort(Assessment assessment) {
        if (assessment.cohort().isEmpty()) {
            return new Label("No count of people in the line or its stats.");
        }
        BoundCohort cohort = assessment.cohort().get();
        VBox box = new VBox(4, wrapped(cohort.explanation()));
        cohort.stat().ifPresent(stat -> box.getChildren().addAll(wrapped(stat.description()), muted(statFacts(stat))));
        cohort.span().ifPresent(span -> box.getChildren().add(muted("Explains \"" + span.text() + "\" in the line.")));
        return box;
    }

    // The cohort's definition and a decision's reason are evidence: wrapped, never cut with "…",
    // and the whole text in a tooltip too.
    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTooltip(new Tooltip(text));
        return label;
    }

    private static String statFacts(Stat stat) {
        return String.format(Locale.ROOT, "%s%s%s%s", dev.tact.core.Counts.people(stat.cohortSize()),
            stat.baseSize().isPresent() ? String.format(Locale.ROOT, " of %,d", stat.baseSize().getAsLong()) : "",
            stat.period().isEmpty() ? "" : " · " + stat.period(), stat.source().isEmpty() ? "" : " · " + stat.source());
    }

    private static Label readersView(DeskLine line) {
        Label label = new Label(ReaderSentence.of(line));
        label.getStyleClass().add("readers-view");
        label.setWrapText(true);
        return label;
    }

    // The nearest labelled cases: what happened when lines built like this one ran.
    private Node precedents() {
        if (model.precedents().isEmpty()) {
            return muted("No close precedent in the corpus, or still loading.");
        }
        VBox box = new VBox(6);
        box.setId("precedents");
        for (dev.tact.score.Precedents.Match match : model.precedents()) {
            Label text = new Label("\u201C" + match.precedent().text() + "\u201D");
            text.setWrapText(true);
            String label = match.precedent().labelName();
            Label verdict = AssessmentNodes.pill(label, "band-" + (label.equals("block") ? "high"
                : label.equals("judgment") ? "medium" : "low"));
            HBox head = new HBox(8, verdict, muted(match.precedent().id() + " · " + match.precedent().lang() + " · "
                + match.precedent().family()));
            Label why = muted(match.precedent().reaction() + (match.shared().isEmpty() ? ""
                : " · shares " + String.join(", ", match.shared())));
            why.setWrapText(true);
            box.getChildren().add(new VBox(2, head, text, why));
        }
        return box;
    }

    private Node alternatives() {
        if (model.suggestions().isEmpty()) {
            var language = model.lineProperty().get().assessment().language();
            return muted(!language.code().equals("en")
                ? "None: safer rewrites are written in English only, and this line reads as " + language.name() + "."
                : "None that score lower: the line is already as broad as its stats allow, or still loading.");
        }
        VBox box = new VBox(6);
        for (dev.tact.score.Suggestion suggestion : model.suggestions()) {
            box.getChildren().add(AssessmentNodes.suggestionRow(suggestion, "Use this", () -> model.accept(suggestion)));
        }
        return box;
    }

    private Node history() {
        History history = model.historyProperty().get();
        if (history == null) {
            return muted("Loading…");
        }
        VBox box = new VBox(4);
        for (Decision decision : history.decisions()) {
            box.getChildren().add(wrapped(String.format(Locale.ROOT, "%s · %s %s version %d%s%s",
                decision.decidedAt().substring(0, Math.min(16, decision.decidedAt().length())).replace('T', ' '),
                decision.reviewer(), decision.verdict().status().label().toLowerCase(Locale.ROOT),
                decision.lineVersion(), decision.override() ? " (override)" : "",
                decision.reason().isEmpty() ? "" : ": " + decision.reason())));
        }
        for (History.Version version : history.versions()) {
            box.getChildren().add(muted("Version " + version.version() + " · " + version.createdAt().substring(0,
                Math.min(10, version.createdAt().length())) + (version.origin().isEmpty() ? "" : " · from "
                + version.origin()) + " · " + version.text()));
        }
        return box;
    }

    private static VBox section(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().add(Styles.TITLE_4);
        return new VBox(6, label, body);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
