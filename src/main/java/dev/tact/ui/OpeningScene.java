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
     * Runs {@code next} on the JavaFX thread once the scene has been on screen for a few frames.
     * Run at the first pulse, the desk's build would hold the window blank: that pulse can come
     * before the window is mapped, its frame is then lost, and the repaint the window's first expose
     * asks for waits behind the build (seen on Xvfb: seconds of a white window). So the scene is
     * marked for repainting every frame, invisibly, until {@value #FRAMES} frames and
     * {@value #SETTLE_MILLIS} ms have passed.
     */
    static void afterShown(Scene scene, Runnable next) {
        new javafx.animation.AnimationTimer() {
            private long first = -1;
            private int frames;

            @Override
            public void handle(long now) {
                first = first < 0 ? now : first;
                scene.getRoot().setOpacity(frames++ % 2 == 0 ? 1.0 : REPAINT_OPACITY);
                if (frames >= FRAMES && now - first >= SETTLE_MILLIS * 1_000_000L) {
                    stop();
                    scene.getRoot().setOpacity(1.0);
                    Platform.runLater(next);
                }
            }
        }.start();
    }

    private static final int FRAMES = 6;
    private static final long SETTLE_MILLIS = 150;
    // Differs from 1 by less than one step of 8-bit colour: a repaint, nothing to see.
    private static final double REPAINT_OPACITY = 0.999;
}
