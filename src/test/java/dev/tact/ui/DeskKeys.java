package dev.tact.ui;

import dev.tact.store.db.DemoData;
import dev.tact.store.trail.Reviewers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer's key for desk tests: made and enrolled in the demo database, its passphrase typed when asked. */
final class DeskKeys {
    static final String PASSPHRASE = "correct horse battery";

    private DeskKeys() {
    }

    /** The desk's {@code --config} argument for the reviewer, after making their key and enrolling it. */
    static String configFor(Path dir, String reviewer) {
        Path config = dir.resolve("config-" + reviewer);
        Reviewers.of(DemoData.open(dir.resolve("desk.db"), true, DeskFixtures.CLOCK, reviewer))
            .keyFiles(config, reviewer, PASSPHRASE.toCharArray());
        return "--config=" + config;
    }

    /** Types the passphrase into the desk's prompt (the first decision of a session asks for it). */
    static void typePassphrase(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphrase").tryQuery().isPresent());
        robot.clickOn("#passphrase").write(PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
