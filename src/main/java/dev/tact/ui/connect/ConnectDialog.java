package dev.tact.ui.connect;

import atlantafx.base.theme.Styles;
import dev.tact.store.db.DatabaseAddress;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Connect dialog: the server's URL, refused in place with the reason while it is malformed. */
public final class ConnectDialog {
    static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType LOCAL = new ButtonType("Use the local file", ButtonBar.ButtonData.LEFT);

    private ConnectDialog() {
    }

    /** Shows the dialog; the store chosen, or empty when cancelled. */
    public static Optional<DatabaseAddress> show(Window owner, ConnectViewModel model) {
        Dialog<DatabaseAddress> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect to team database");
        dialog.setHeaderText("Connect to your team's review database");
        TextField url = new TextField();
        url.setId("serverUrl");
        url.setPromptText("postgresql://user@host:5432/database");
        url.setPrefColumnCount(40);
        url.textProperty().bindBidirectional(model.urlProperty());
        Label error = new Label();
        error.setId("connectError");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label help = new Label("The password comes from ~/.pgpass or PGPASSWORD, never from the URL. The desk opens"
            + " this database from now on, until you choose the local file again.");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Server URL"), url, error, help));
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().addAll(CONNECT, LOCAL, ButtonType.CANCEL);
        Holder chosen = new Holder();
        // The dialog stays open on a malformed URL, with the reason under the field.
        dialog.getDialogPane().lookupButton(CONNECT).addEventFilter(ActionEvent.ACTION, event -> {
            chosen.address = model.connect().orElse(null);
            if (chosen.address == null) {
                event.consume();
            }
        });
        dialog.getDialogPane().lookupButton(CONNECT).setId("connectButton");
        dialog.getDialogPane().lookupButton(LOCAL).setId("useLocalFile");
        dialog.setResultConverter(button -> button == CONNECT ? chosen.address
            : button == LOCAL ? model.useLocalFile() : null);
        Platform.runLater(url::requestFocus);
        return dialog.showAndWait();
    }

    private static final class Holder {
        private DatabaseAddress address;
    }
}
