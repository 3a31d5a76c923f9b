package dev.tact.ui;

import dev.tact.store.db.DatabaseAddress;
import dev.tact.store.db.SharedFolderCheck;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The banner across a solo desk whose file sits in a synced folder or on a network file system,
 * where SQLite's own documentation says it gets corrupted; takes no room otherwise.
 */
final class SharedFolderBanner {
    private SharedFolderBanner() {
    }

    static Label of(DatabaseAddress address, BackgroundRunner runner) {
        Label banner = new Label();
        banner.setId("sharedFolderBanner");
        banner.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add("offline-banner");
        banner.setManaged(false);
        banner.setVisible(false);
        if (address instanceof DatabaseAddress.File file) {
            // Asking the file system for the folder's type is I/O: off the JavaFX thread.
            runner.run(progress -> SharedFolderCheck.warningFor(file.path()).orElse(""), warning -> {
                banner.setText(warning);
                banner.setManaged(!warning.isEmpty());
                banner.setVisible(!warning.isEmpty());
            }, failure -> { });
        }
        return banner;
    }
}
