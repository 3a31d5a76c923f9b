import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the desk's first frame: a JavaFX window holding one label, nothing else. Launched by
 * src/bench/start-benchmark.sh on the same class path as the desk (target/tact.jar, which holds
 * JavaFX), so both pay for the same toolkit start. A plain class calls launch, as dev.tact.Main does,
 * because the java launcher refuses an Application subclass as main class on the class path.
 */
public final class HelloFx {
    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window: title "Hello FX", one label. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello FX");
            stage.setScene(new Scene(new Label("Hello, world"), 400, 200));
            stage.show();
        }
    }
}
