package dev.tact.ui.evidence;

import dev.tact.score.DisclosureFinding;
import dev.tact.score.ReleasedFigure;
import dev.tact.ui.lines.DeskLine;
import dev.tact.ui.lines.DisclosureBands;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The evidence pane's findings and publications: each finding as the sentence {@code tact check}
 * prints, built from the finding's parts so that every other line it names is a link that opens that
 * line in the queue (a line not in the queue stays text); then the days the line went out.
 */
final class DisclosureLinks {
    private DisclosureLinks() {
    }

    /** The box, or an empty unmanaged one when the line is in no finding and never went out. */
    static Node of(ReleaseEvidence releases) {
        VBox box = new VBox(6);
        box.setId("disclosures");
        DeskLine line = releases.line();
        if (line != null) {
            String campaign = line.item().line().campaign();
            List<DisclosureBands.Found> own = releases.findings().stream()
                .filter(found -> found.campaign().equals(campaign)).toList();
            List<DisclosureBands.Found> elsewhere = releases.findings().stream()
                .filter(found -> !found.campaign().equals(campaign)).toList();
            if (!own.isEmpty()) {
                box.getChildren().add(findings("disclosure", "High while this stands: what it reveals together with"
                    + " other lines", null, own, line, releases.lineOpener()));
            }
            if (!elsewhere.isEmpty()) {
                // Found by another campaign's check: the line under review there is the one made high.
                box.getChildren().add(findings("disclosure-elsewhere", "What lines under review in other campaigns"
                    + " reveal together with this one", "Those lines are high while it stands; this line keeps its"
                    + " own band.", elsewhere, line, releases.lineOpener()));
            }
        }
        if (!releases.publications().isEmpty()) {
            VBox published = new VBox(2);
            published.setId("publications");
            published.getStyleClass().add("publications");
            releases.publications().forEach(text -> published.getChildren().add(new Label(text)));
            box.getChildren().add(published);
        }
        box.setManaged(!box.getChildren().isEmpty());
        box.setVisible(!box.getChildren().isEmpty());
        return box;
    }

    private static VBox findings(String style, String heading, String note, List<DisclosureBands.Found> found,
                                 DeskLine line, ReleaseEvidence.LineOpener opener) {
        VBox findings = new VBox(4);
        findings.getStyleClass().addAll("disclosure", style);
        findings.setId(style);
        Label title = new Label(heading);
        title.getStyleClass().add("disclosure-heading");
        title.setWrapText(true);
        findings.getChildren().add(title);
        if (note != null) {
            Label muted = new Label(note);
            muted.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            muted.setWrapText(true);
            findings.getChildren().add(muted);
        }
        found.forEach(each -> findings.getChildren().add(sentence(each, line, opener)));
        return findings;
    }

    // "Together with [w26-10] (in this campaign) this reveals 4 people: 3,445 − 3,441 — …", the words of
    // DisclosureFinding.message, with the partner line ids as nodes.
    private static TextFlow sentence(DisclosureBands.Found found, DeskLine line, ReleaseEvidence.LineOpener opener) {
        DisclosureFinding finding = found.finding();
        String own = line.item().line().id();
        List<Node> parts = new ArrayList<>(List.of(new Text("Together with ")));
        boolean first = true;
        for (ReleasedFigure figure : finding.figures()) {
            if (figure.lineId().equals(own)) {
                continue;
            }
            if (!first) {
                parts.add(new Text(" and "));
            }
            first = false;
            parts.add(partner(figure.lineId(), opener));
            parts.add(new Text(" (" + relation(figure, found.campaign(), line.item().line().campaign()) + ")"));
        }
        parts.add(new Text(" this reveals " + finding.people() + ": " + finding.arithmetic() + " — "
            + finding.cohort()));
        TextFlow flow = new TextFlow(parts.toArray(Node[]::new));
        flow.getStyleClass().add("disclosure-finding");
        flow.setAccessibleText(finding.message(own));
        return flow;
    }

    private static Node partner(String lineId, ReleaseEvidence.LineOpener opener) {
        if (opener.contains(lineId)) {
            Hyperlink link = new Hyperlink(lineId);
            link.setId("partner-" + lineId);
            link.setTooltip(new Tooltip("Open " + lineId + " in the queue"));
            link.setOnAction(event -> opener.open(lineId));
            return link;
        }
        Label text = new Label(lineId);
        text.setId("partner-" + lineId.replace(' ', '_'));
        text.getStyleClass().add("disclosure-partner");
        text.setTooltip(new Tooltip(lineId + " is not in the queue (an earlier version, or a line not loaded)"));
        return text;
    }

    // A line under review in another campaign's check is not "in this campaign" for this line.
    private static String relation(ReleasedFigure figure, String checkedCampaign, String ownCampaign) {
        return figure.underReview() && !checkedCampaign.equals(ownCampaign)
            ? "under review in " + checkedCampaign : figure.release().describe();
    }
}
