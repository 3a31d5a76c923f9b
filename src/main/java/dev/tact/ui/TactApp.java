package dev.tact.ui;

import atlantafx.base.theme.PrimerLight;
import dev.tact.store.DatabaseLocation;
import dev.tact.ui.lines.LinesView;
import dev.tact.ui.lines.LinesViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/** The desk's JavaFX application and its composition root. */
public final class TactApp extends Application {
    // Held so the setting sticks: java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private FxBackgroundRunner runner;

    /** Starts the toolkit and opens the desk; returns when its window closes. */
    public static void launchDesk(String[] args) {
        // JavaFX warns on every start that it runs from the class path, which is by design
        // (see src/site/decisions/0001): keep the user's console for real problems.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(TactApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        runner = new FxBackgroundRunner();
        // --db=PATH as a named parameter lets a test (or a launcher) point the desk at a file.
        Path file = DatabaseLocation.ofThisProcess()
            .resolve(Optional.ofNullable(getParameters().getNamed().get("db")).map(Path::of));
        LinesViewModel model = new LinesViewModel(new DeskDataSource(file, Clock.systemDefaultZone(),
            System.getProperty("user.name", "unknown")), runner);
        Scene scene = new Scene(new LinesView(model).build(), 1280, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model::reload);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            () -> scene.lookup("#filterField").requestFocus());
        stage.setTitle("Tact — review desk");
        stage.setScene(scene);
        stage.show();
        scene.lookup("#linesTable").requestFocus();
        model.reload();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.shutdown();
        }
    }
}
