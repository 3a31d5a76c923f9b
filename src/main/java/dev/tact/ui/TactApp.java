package dev.tact.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tact.store.db.DatabaseLocation;
import dev.tact.ui.draft.DraftViewModel;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.imports.ImportViewModel;
import dev.tact.ui.lines.LinesViewModel;
import dev.tact.ui.policy.PolicyViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The desk's JavaFX application and its composition root. */
public final class TactApp extends Application {
    // Held so the setting sticks: java.util.logging keeps loggers only weakly.
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static final Preferences PREFERENCES = Preferences.userNodeForPackage(TactApp.class);

    private FxBackgroundRunner runner;
    private Stage stage;

    /** Starts the toolkit and opens the desk; returns when its window closes. */
    public static void launchDesk(String[] args) {
        // JavaFX warns on every start that it runs from the class path, which is by design
        // (see src/site/decisions/0001): keep the user's console for real problems.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(TactApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        applyTheme(PREFERENCES.getBoolean("dark", false));
        runner = new FxBackgroundRunner();
        Clock clock = Clock.systemDefaultZone();
        SigningSession signing = new SigningSession(configDirectory(), clock,
            SigningSession.idleFrom(System.getenv("TACT_UNLOCK_MINUTES")));
        DeskBackend backend = new DeskBackend(databaseFile(), clock,
            Optional.ofNullable(getParameters().getNamed().get("reviewer")).orElseGet(TactApp::reviewer),
            !"true".equals(getParameters().getNamed().get("no-demo")), signing);
        LinesViewModel lines = new LinesViewModel(backend::load, runner);
        EvidenceViewModel evidence = new EvidenceViewModel(backend, runner, this::confirm,
            (lineId, recorded) -> lines.decided(lineId, recorded.lineStatus(),
                dev.tact.ui.lines.DeskLine.ApprovalOverride.of(recorded.decision())));
        evidence.setOnAccepted(lines::reload);
        evidence.setPassphrasePrompt(this::askPassphrase);
        DraftViewModel draft = new DraftViewModel(backend, runner, saved -> lines.reload());
        ImportViewModel imports = new ImportViewModel(backend, runner, lines::reload);
        PolicyViewModel policy = new PolicyViewModel(backend, runner, lines);
        policy.setPassphrasePrompt(this::askPassphrase);
        DeskView view = new DeskView(new DeskView.DeskModels(backend, lines, evidence, draft, imports, policy), runner,
            this::toggleTheme);
        Scene scene = new Scene(view.build(), PREFERENCES.getDouble("width", 1366), PREFERENCES.getDouble("height", 800));
        view.installKeys(scene);
        stage.setTitle("Tact — review desk");
        stage.setScene(scene);
        restorePosition();
        stage.show();
        lines.reload();
    }

    // --db=PATH and --reviewer=NAME as named parameters let a test (or a launcher) choose the
    // file and the identity; otherwise TACT_DB / the data directory and TACT_USER / the OS user.
    private dev.tact.store.db.DatabaseAddress databaseFile() {
        return DatabaseLocation.ofThisProcess().address(Optional.ofNullable(getParameters().getNamed().get("db")));
    }

    // --config=DIR lets a test (or a second reviewer on one machine) use its own key directory.
    private Path configDirectory() {
        return Optional.ofNullable(getParameters().getNamed().get("config")).map(Path::of)
            .orElseGet(() -> DatabaseLocation.ofThisProcess().configDirectory());
    }

    private Optional<char[]> askPassphrase(String title, String message) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("passphrase");
        field.setPromptText("Passphrase");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, new javafx.scene.control.Label(message), field);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<char[]> typed = dialog.showAndWait().filter(chars -> chars.length > 0);
        field.clear();
        return typed;
    }

    private static String reviewer() {
        return Optional.ofNullable(System.getenv("TACT_USER")).filter(name -> !name.isBlank())
            .orElse(System.getProperty("user.name", "unknown"));
    }

    private boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void toggleTheme() {
        boolean dark = !PREFERENCES.getBoolean("dark", false);
        PREFERENCES.putBoolean("dark", dark);
        applyTheme(dark);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    }

    private void restorePosition() {
        double x = PREFERENCES.getDouble("x", Double.NaN);
        double y = PREFERENCES.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(PREFERENCES.getBoolean("maximized", false));
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null) {
            PREFERENCES.putBoolean("maximized", stage.isMaximized());
            if (!stage.isMaximized()) {
                PREFERENCES.putDouble("x", stage.getX());
                PREFERENCES.putDouble("y", stage.getY());
                PREFERENCES.putDouble("width", stage.getScene().getWidth());
                PREFERENCES.putDouble("height", stage.getScene().getHeight());
            }
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
