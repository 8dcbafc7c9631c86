package app.parallax.ui;

import app.parallax.ui.background.FxBackground;
import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import app.parallax.ui.pair.ReaderWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The reader window as an application. Started through {@link #launchReader} (from the launcher, which
 * does not extend {@code Application}) or by {@code mvn javafx:run}. Arguments: a folder of articles and/or
 * article files (see {@link ReaderRequest}); without them {@code articles/} in the working directory, else
 * the folder used last time.
 */
public class ParallaxApp extends Application {

    private FxBackground background;
    private FxBackground files;
    private FxBackground corpus;
    private ReaderPreferences preferences;

    public static void main(String[] args) {
        launchReader(args);
    }

    public static void launchReader(String[] args) {
        Production.keepOffTheNetwork();
        Application.launch(ParallaxApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        preferences = ReaderPreferences.forUser();
        background = new FxBackground();
        files = FxBackground.forFiles();
        corpus = FxBackground.forCorpus();
        ReaderViewModel model = new ReaderViewModel(Production.articles(), Production.comparer(), background, files,
                corpus, preferences);
        new ReaderWindow(model).install(stage);
        StartupReport.watch(stage, model);
        stage.show();
        ReaderRequest.of(getParameters().getRaw()).open(model, preferences);
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdown();
        }
        if (files != null) {
            files.shutdown();
        }
        if (corpus != null) {
            corpus.shutdown();
        }
        if (preferences != null) {
            preferences.flush();
        }
    }
}
