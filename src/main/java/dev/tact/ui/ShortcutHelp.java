package dev.tact.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The "?" sheet: every key the desk answers to. */
final class ShortcutHelp {
    private ShortcutHelp() {
    }

    static void show(Window owner) {
        Alert help = new Alert(Alert.AlertType.INFORMATION);
        help.initOwner(owner);
        help.setTitle("Keyboard shortcuts");
        help.setHeaderText("Tact is built to clear a queue without the mouse.");
        help.setContentText(String.join("\n",
            "J / ↓          next line", "K / ↑          previous line",
            "A              approve (type a reason to override a high band)", "R              reject (reason required)",
            "C              request changes (reason required)", "Ctrl+Enter     record the decision",
            "Esc            cancel, back to the queue", "Ctrl+F         search",
            "Esc (search)   clear every filter", "Ctrl+E         edit the line in the"
                + " draft pane", "Ctrl+S         save the draft", "Ctrl+I         import stats",
            "Ctrl+Shift+I   import copy", "Ctrl+Shift+E   export the sign-off report",
            "Ctrl+Shift+P   mark the selected line published", "Ctrl+Shift+O   connect to a team database",
            "Ctrl+Shift+D   light or dark theme", "F5             reload",
            "?              this help"));
        help.show();
    }
}
