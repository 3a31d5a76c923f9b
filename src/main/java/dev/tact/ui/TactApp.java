package dev.tact.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.DatabaseLocation;
import dev.tact.store.lines.KeptDraft;
import dev.tact.ui.connect.ConnectDialog;
import dev.tact.ui.connect.ConnectViewModel;
import dev.tact.ui.connect.StoreChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
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

    private static final String TEAM_DATABASE = "teamDatabase";

    private FxBackgroundRunner runner;
    private Stage stage;
    private Map<String, String> named = Map.of();
    private Clock clock;
    private SigningSession signing;
    private Desk desk;
    private DatabaseAddress opened;

    /** Starts the toolkit and opens the desk; returns when its window closes. */
    public static void launchDesk(String[] args) {
        // JavaFX warns on every start that it runs from the class path, which is by design
        // (see src/site/decisions/0001): keep the user's console for real problems.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(TactApp.class, args);
    }

    // The window comes first: a plain scene saying what is being opened, shown before the theme is
    // parsed and the desk's controls are built (about two seconds of a cold start), which then fill it.
    // The database is opened and the queue assessed in the background as before
    // (src/site/decisions/0012-start-up.md).
    @Override
    public void start(Stage primary) {
        stage = primary;
        // Read now: the desk is built after the first frame, and by then a test's toolkit may have
        // replaced the application's parameters.
        named = Map.copyOf(getParameters().getNamed());
        runner = new FxBackgroundRunner();
        clock = Clock.systemDefaultZone();
        signing = new SigningSession(configDirectory(), clock,
            SigningSession.idleFrom(System.getenv("TACT_UNLOCK_MINUTES")));
        startingAddress().ifPresentOrElse(this::showThenOpen, javafx.application.Platform::exit);
    }

    private void showThenOpen(DatabaseAddress address) {
        boolean dark = PREFERENCES.getBoolean("dark", false);
        Scene opening = OpeningScene.of(address, dark, PREFERENCES.getDouble("width", 1366),
            PREFERENCES.getDouble("height", 800));
        stage.setTitle("Tact — opening " + address.display());
        stage.setScene(opening);
        restorePosition();
        stage.show();
        OpeningScene.afterShown(opening, () -> {
            // A window closed before its first frames (a quick quit, a test's clean-up) is not built.
            if (stage.isShowing()) {
                applyTheme(dark);
                open(address);
            }
        });
    }

    // Opens (or reopens, after Connect) the desk on a store: a new backend, new view models, a new
    // scene the size of the one it replaces.
    private void open(DatabaseAddress address) {
        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        if (desk != null) {
            desk.close();
        }
        opened = address;
        DeskBackend backend = new DeskBackend(address, clock,
            Optional.ofNullable(named.get("reviewer")).orElseGet(TactApp::reviewer),
            !"true".equals(named.get("no-demo")), signing);
        desk = new Desk(backend, backend.changes(), runner, clock, KeptDraft.forDatabase(configDirectory(), address),
            new Desk.Hooks(this::confirm, this::askPassphrase, this::toggleTheme, this::connect));
        Scene scene = new Scene(desk.build(), width, height);
        desk.installKeys(scene);
        stage.setTitle("Tact — review desk · " + address.display());
        stage.setScene(scene);
        desk.start();
    }

    // --db=PATH or URL and --reviewer=NAME as named parameters let a test (or a launcher) choose the
    // store and the identity; otherwise TACT_DB, else the team database chosen last with Connect,
    // else the file in the data directory. A malformed address is said in a sentence, then Connect
    // offers to correct it (cancelling quits).
    private Optional<DatabaseAddress> startingAddress() {
        Optional<String> given = Optional.ofNullable(named.get("db"));
        DatabaseLocation location = DatabaseLocation.ofThisProcess();
        try {
            return Optional.of(location.chosenAddress(given).or(this::remembered)
                .orElseGet(() -> location.address(Optional.empty())));
        } catch (IllegalArgumentException malformed) {
            applyTheme(PREFERENCES.getBoolean("dark", false));
            Alert alert = new Alert(Alert.AlertType.ERROR, malformed.getMessage(), ButtonType.OK);
            alert.setTitle("Tact");
            alert.setHeaderText("The database given by --db or TACT_DB cannot be opened");
            alert.showAndWait();
            String typed = given.orElseGet(() -> Optional.ofNullable(System.getenv("TACT_DB")).orElse(""));
            return ConnectDialog.show(null, connectModel(typed));
        }
    }

    private Optional<DatabaseAddress> remembered() {
        try {
            return choice.remembered().map(DatabaseAddress::parse);
        } catch (IllegalArgumentException e) {
            choice.forget();
            return Optional.empty();
        }
    }

    private void connect() {
        String current = opened instanceof DatabaseAddress.Server server ? server.display() : "";
        ConnectDialog.show(stage, connectModel(current)).ifPresent(this::open);
    }

    private ConnectViewModel connectModel(String current) {
        return new ConnectViewModel(choice, DatabaseLocation.ofThisProcess().address(Optional.empty()), current);
    }

    // The team database chosen with Connect, kept in the desk's preferences for the next start.
    private final StoreChoice choice = new StoreChoice() {
        @Override
        public Optional<String> remembered() {
            return Optional.ofNullable(PREFERENCES.get(TEAM_DATABASE, null)).filter(url -> !url.isBlank());
        }

        @Override
        public void remember(String serverUrl) {
            PREFERENCES.put(TEAM_DATABASE, serverUrl);
        }

        @Override
        public void forget() {
            PREFERENCES.remove(TEAM_DATABASE);
        }
    };

    // --config=DIR lets a test (or a second reviewer on one machine) use its own key directory.
    private Path configDirectory() {
        return Optional.ofNullable(named.get("config")).map(Path::of)
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
        if (desk != null) {
            desk.close();
        }
        if (runner != null) {
            runner.shutdown();
        }
    }
}
