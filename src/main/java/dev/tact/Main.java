package dev.tact;

import dev.tact.cli.TactCli;
import dev.tact.ui.TactApp;

/**
 * Entry point. Without arguments it opens the review desk; with a command it runs the CLI and
 * never starts the JavaFX toolkit. A plain class, not an {@code Application}, so the same jar
 * runs from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            TactApp.launchDesk(args);
        } else {
            System.exit(TactCli.run(args));
        }
    }
}
