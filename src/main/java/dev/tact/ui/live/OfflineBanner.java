package dev.tact.ui.live;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The banner across the desk while the team database cannot be reached; takes no room otherwise. */
public final class OfflineBanner {
    private OfflineBanner() {
    }

    public static Node of(LiveViewModel model) {
        Label banner = new Label();
        banner.setId("offlineBanner");
        banner.setGraphic(new FontIcon(Feather.WIFI_OFF));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add("offline-banner");
        banner.textProperty().bind(model.bannerProperty());
        banner.managedProperty().bind(model.offlineProperty());
        banner.visibleProperty().bind(model.offlineProperty());
        return banner;
    }
}
