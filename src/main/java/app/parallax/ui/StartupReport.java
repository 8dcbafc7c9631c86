package app.parallax.ui;

import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import app.parallax.ui.pair.Match;
import app.parallax.model.Comparison;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code PARALLAX_STARTUP_REPORT=1} in the environment, prints one line on stderr when the window has
 * been laid out for the first time and one when the first comparison has been laid out in it, with the
 * milliseconds since the process started: {@code parallax benchmark startup} reads them. Silent otherwise.
 */
final class StartupReport {

    static final String VARIABLE = "PARALLAX_STARTUP_REPORT";
    static final String PREFIX = "parallax-startup: ";

    private StartupReport() {
    }

    static boolean enabled() {
        return "1".equals(System.getenv(VARIABLE));
    }

    static void watch(Stage stage, ReaderViewModel model) {
        if (!enabled()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterNextPulse(stage.getScene(), "window"));
        model.comparisonProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Comparison> o, Comparison was, Comparison now) {
                if (now != null) {
                    o.removeListener(this);
                    afterNextPulse(stage.getScene(), "comparison " + now.left().file().getFileName()
                            + " " + now.right().file().getFileName());
                }
            }
        });
    }

    /** The highlights are set when the comparison arrives; the next pulse lays them out and renders them. */
    private static void afterNextPulse(Scene scene, String moment) {
        Runnable[] once = new Runnable[1];
        boolean[] printed = new boolean[1];
        once[0] = () -> {
            if (printed[0]) {
                return;
            }
            printed[0] = true;
            System.err.println(PREFIX + moment + " " + sinceStart() + " ms");
            // Not removed while the scene walks its listeners.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }
}
