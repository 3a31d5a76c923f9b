package dev.tact.ui;

import dev.tact.core.Span;
import dev.tact.core.SpanKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

/** A line of copy with its spans highlighted by kind; hovering a span says why it counts and how much. */
public final class SpanText {

    private SpanText() {
    }

    public static TextFlow of(String text, List<Span> spans) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("span-text");
        int at = 0;
        for (Span span : visible(spans)) {
            if (span.start() > at) {
                flow.getChildren().add(plain(text.substring(at, span.start())));
            }
            flow.getChildren().add(highlighted(text.substring(span.start(), span.end()), span));
            at = span.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(plain(text.substring(at)));
        }
        return flow;
    }

    // Where spans overlap, the one starting first (the longer on a tie) is shown.
    private static List<Span> visible(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(span -> span.start() - span.end()));
        List<Span> shown = new ArrayList<>();
        int end = 0;
        for (Span span : sorted) {
            if (span.start() >= end && span.end() > span.start()) {
                shown.add(span);
                end = span.end();
            }
        }
        return shown;
    }

    private static Text plain(String text) {
        Text node = new Text(text);
        node.getStyleClass().add("span-plain");
        return node;
    }

    private static Label highlighted(String text, Span span) {
        Label label = new Label(text);
        label.getStyleClass().addAll("span", "span-" + kindClass(span.kind()));
        Tooltip tooltip = new Tooltip(describe(span));
        tooltip.setShowDelay(Duration.millis(150));
        label.setTooltip(tooltip);
        label.setFocusTraversable(true);
        label.setAccessibleText(describe(span));
        return label;
    }

    /** e.g. "Specificity · frequency: "every day" adds 0.30". */
    public static String describe(Span span) {
        String factor = span.kind().factor().name().toLowerCase(Locale.ROOT);
        String kind = span.category().isEmpty() ? kindClass(span.kind()).replace('-', ' ') : span.category();
        String weight = span.kind() == SpanKind.COUNT || span.kind() == SpanKind.SINGULAR ? "sets the cohort"
            : String.format(Locale.ROOT, "adds %.2f", span.weight());
        return Character.toUpperCase(factor.charAt(0)) + factor.substring(1) + " · " + kind + ": \"" + span.text()
            + "\" " + weight;
    }

    public static String kindClass(SpanKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
