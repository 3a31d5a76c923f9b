package dev.tact.ui;

import atlantafx.base.theme.Styles;
import dev.tact.core.Verdict;
import dev.tact.ui.draft.DraftView;
import dev.tact.ui.draft.DraftViewModel;
import dev.tact.ui.evidence.EvidenceView;
import dev.tact.ui.evidence.EvidenceViewModel;
import dev.tact.ui.imports.ImportViewModel;
import dev.tact.ui.lines.LinesView;
import dev.tact.ui.lines.LinesViewModel;
import dev.tact.ui.policy.PolicyDialog;
import dev.tact.ui.policy.PolicyViewModel;
import java.io.File;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The desk's window content: menu, queue beside evidence and drafting, status bar; keyboard first. */
public final class DeskView {
    private final DeskModels models;
    private final FxBackgroundRunner runner;
    private final Runnable toggleTheme;
    private final Runnable connect;
    private final dev.tact.ui.imports.ExportViewModel exports;
    private LinesView queue;
    private EvidenceView evidence;
    private TabPane side;
    private boolean swallowTyped;

    /** The view models the desk is built on. */
    public record DeskModels(DeskBackend backend, LinesViewModel lines, EvidenceViewModel evidence,
                             DraftViewModel draft, ImportViewModel imports, PolicyViewModel policy,
                             dev.tact.ui.live.LiveViewModel live) {
    }

    /** @param connect opens File → Connect to team database… */
    public DeskView(DeskModels models, FxBackgroundRunner runner, Runnable toggleTheme, Runnable connect) {
        this.models = models;
        this.runner = runner;
        this.toggleTheme = toggleTheme;
        this.connect = connect;
        this.exports = new dev.tact.ui.imports.ExportViewModel(models.backend(), runner);
    }

    public Parent build() {
        queue = new LinesView(models.lines());
        evidence = new EvidenceView(models.evidence());
        side = new TabPane(new Tab("Evidence", evidence.build()), new Tab("Draft", new DraftView(models.draft()).build()));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("sideTabs");
        SplitPane split = new SplitPane(queue.build(), side);
        split.setDividerPositions(0.6);
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("lines-screen");
        root.getStylesheets().add(DeskView.class.getResource("/ui/lines.css").toExternalForm());
        root.setTop(new VBox(menu(), header(), dev.tact.ui.live.OfflineBanner.of(models.live()),
            SharedFolderBanner.of(models.backend().address(), runner)));
        root.setBottom(statusBar());
        models.evidence().lineProperty().bind(models.lines().selectedProperty());
        // The reason field is disabled once a decision is recorded: the queue takes the focus, so the
        // next A, R or C acts on the line the selection moved to.
        models.evidence().recordedProperty().addListener((observable, before, now) -> queue.table().requestFocus());
        return root;
    }

    /** Installs the desk's keyboard: letters act only when no text field has the focus. */
    public void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), queue::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
            () -> models.evidence().confirm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
            () -> models.draft().save());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), models.lines()::reload);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                if (queue.searching()) {
                    models.lines().clearFilters();
                }
                models.evidence().cancel();
                queue.table().requestFocus();
                return;
            }
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (!typing && !event.isShortcutDown() && !event.isAltDown() && handleLetter(event)) {
                event.consume();
                swallowTyped = true;
            }
        });
        // A shortcut letter moves the focus to the reason field; its character must not land there.
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
    }

    private boolean handleLetter(KeyEvent event) {
        TableView<?> table = queue.table();
        switch (event.getCode()) {
            case J -> {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                } else {
                    table.getSelectionModel().selectNext();
                }
            }
            case K -> {
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                } else {
                    table.getSelectionModel().selectPrevious();
                }
            }
            case A -> decide(Verdict.APPROVE);
            case R -> decide(Verdict.REJECT);
            case C -> decide(Verdict.CHANGES);
            case SLASH -> {
                if (!event.isShiftDown()) {
                    return false;
                }
                showHelp();
            }
            default -> {
                return false;
            }
        }
        queue.reveal(table.getSelectionModel().getSelectedIndex());
        return true;
    }

    private void decide(Verdict verdict) {
        side.getSelectionModel().select(0);
        models.evidence().start(verdict);
        evidence.focusReason();
    }

    private MenuBar menu() {
        Menu file = new Menu("_File", null,
            item("Import _stats…", "Shortcut+I", () -> importFile(ImportViewModel.Kind.STATS)),
            item("Import _copy…", "Shortcut+Shift+I", () -> importFile(ImportViewModel.Kind.COPY)),
            item("_Export sign-off report…", "Shortcut+Shift+E", this::exportReport),
            item("_Reload", "F5", models.lines()::reload),
            new javafx.scene.control.SeparatorMenuItem(),
            item("Connect to _team database…", "Shortcut+Shift+O", connect),
            new javafx.scene.control.SeparatorMenuItem(),
            item("_Quit", "Shortcut+Q", () -> side.getScene().getWindow().hide()));
        Menu review = new Menu("_Review", null,
            item("_Approve", null, () -> decide(Verdict.APPROVE)),
            item("_Reject", null, () -> decide(Verdict.REJECT)),
            item("Request _changes", null, () -> decide(Verdict.CHANGES)),
            item("_Edit selected line in the draft pane", "Shortcut+E", this::editSelected),
            item("Mark _published…", "Shortcut+Shift+P", this::markPublished),
            item("_Policy…", null, () -> PolicyDialog.show(side.getScene().getWindow(), models.policy())));
        Menu view = new Menu("_View", null, item("Light or _dark theme", "Shortcut+Shift+D", toggleTheme));
        Menu help = new Menu("_Help", null, item("_Keyboard shortcuts", "?", this::showHelp));
        MenuBar bar = new MenuBar(file, review, view, help);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null && !accelerator.equals("?")) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void editSelected() {
        if (models.lines().selectedProperty().get() != null) {
            models.draft().edit(models.lines().selectedProperty().get());
            side.getSelectionModel().select(1);
        }
    }

    private void markPublished() {
        var selected = models.lines().selectedProperty().get();
        if (selected == null) {
            new Alert(Alert.AlertType.INFORMATION, "Select the line that ran first.").showAndWait();
            return;
        }
        dev.tact.ui.evidence.PublishDialog.show(side.getScene().getWindow(),
            models.evidence().releases().publishing(), selected);
    }

    private HBox header() {
        Label title = new Label("Tact");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        Label subtitle = new Label("Review desk");
        subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, "app-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label("J/K move · A approve · R reject · C changes · Ctrl+Enter record · ? help");
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setTooltip(new javafx.scene.control.Tooltip(keys.getText()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        subtitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(10, new FontIcon(Feather.SHIELD), title, subtitle, spacer, keys);
        header.setId("deskHeader");
        header.getStyleClass().add("desk-header");
        return header;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
            () -> runner.messageProperty().get().isEmpty() ? models.lines().statusProperty().get()
                : runner.messageProperty().get(), runner.messageProperty(), models.lines().statusProperty()));
        bar.progressProperty().bind(runner.progressProperty());
        Label reviewer = new Label("Reviewer key: …");
        reviewer.setId("reviewerKey");
        Runnable refreshKey = () -> runner.run(progress -> models.backend().keyStatus(), reviewer::setText,
            failure -> reviewer.setText("Reviewer key: " + failure.getMessage()));
        refreshKey.run();
        models.evidence().recordedProperty().addListener((observable, before, now) -> refreshKey.run());
        Label location = new Label(models.live().storeLabel());
        location.setId("storeLabel");
        location.getStyleClass().add(Styles.TEXT_MUTED);
        Label exported = new Label();
        exported.setId("exportMessage");
        exported.textProperty().bind(exports.messageProperty());
        bar.getRightItems().addAll(exported, new Label("  "), reviewer, new Label("  "), location);
        return bar;
    }

    // The campaign of the selected line (else the first in the queue), to a file the reviewer names.
    private void exportReport() {
        var selected = models.lines().selectedProperty().get();
        var lines = models.lines().visibleItems();
        if (selected == null && lines.isEmpty()) {
            new Alert(Alert.AlertType.INFORMATION, "There is no campaign to report on yet.").showAndWait();
            return;
        }
        String campaign = (selected != null ? selected : lines.get(0)).item().line().campaign();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the sign-off report for \"" + campaign + "\"");
        chooser.setInitialFileName(campaign.replaceAll("[^\\w .-]", "_") + " sign-off.pdf");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF report", "*.pdf"),
            new FileChooser.ExtensionFilter("CSV report", "*.csv"));
        File file = chooser.showSaveDialog(side.getScene().getWindow());
        if (file != null) {
            exports.export(campaign, file.toPath());
        }
    }

    private void importFile(ImportViewModel.Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(kind == ImportViewModel.Kind.STATS ? "Import stats (CSV, TSV or Excel)"
            : "Import copy (CSV, TSV, Excel or text)");
        chooser.getExtensionFilters().addAll(kind == ImportViewModel.Kind.STATS
            ? new FileChooser.ExtensionFilter("Stats tables", "*.csv", "*.tsv", "*.xlsx")
            : new FileChooser.ExtensionFilter("Copy lines", "*.csv", "*.tsv", "*.xlsx", "*.txt"),
            new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(side.getScene().getWindow());
        if (file == null) {
            return;
        }
        ImportViewModel imports = models.imports();
        imports.importFile(kind, file.toPath());
        imports.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean before,
                                Boolean now) {
                if (!now) {
                    imports.runningProperty().removeListener(this);
                    showImportResult(imports);
                }
            }
        });
    }

    private void showImportResult(ImportViewModel imports) {
        Alert alert = new Alert(imports.problems().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.ERROR);
        alert.initOwner(side.getScene().getWindow());
        alert.setTitle("Import");
        alert.setHeaderText(imports.summaryProperty().get());
        if (!imports.problems().isEmpty()) {
            ListView<String> list = new ListView<>(imports.problems());
            list.setId("importProblems");
            list.setPrefSize(720, 260);
            alert.getDialogPane().setContent(list);
        }
        alert.show();
    }

    private void showHelp() {
        ShortcutHelp.show(side.getScene().getWindow());
    }
}
