package dev.tact.ui;

import dev.tact.store.db.DatabaseAddress;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The desk's first frame: the window at its remembered size, saying which store it is opening, while
 * the theme and the desk's controls are built. It holds no control, so it needs no stylesheet: the
 * toolkit can show it before any CSS is parsed. Its colours are the theme's (AtlantaFX Primer light
 * or dark background and text), so the desk replaces it without a flash.
 */
final class OpeningScene {
    private static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    private static final Color LIGHT_TEXT = Color.web("#57606a");
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");
    private static final Color DARK_TEXT = Color.web("#8b949e");

    private OpeningScene() {
    }

    /** @param width the window's width in pixels; {@code height} likewise */
    static Scene of(DatabaseAddress address, boolean dark, double width, double height) {
        Text text = new Text("Opening " + address.display() + " …");
        text.setId("openingText");
        text.setFont(Font.font(15));
        text.setFill(dark ? DARK_TEXT : LIGHT_TEXT);
        return new Scene(new StackPane(text), width, height, dark ? DARK_BACKGROUND : LIGHT_BACKGROUND);
    }

    /**
     * Runs {@code next} on the JavaFX thread once the scene's first pulse has laid it out and handed
     * it to the renderer: run any sooner, it would hold that first frame back.
     */
    static void afterFirstFrame(Scene scene, Runnable next) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(next);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
