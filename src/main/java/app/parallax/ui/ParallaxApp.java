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
 * does not extend {@code Application}) or by {@code mvn javafx:run}. Optional argument: a folder of
 * articles; without it {@code articles/} in the working directory, else the folder used last time.
 */
public class ParallaxApp extends Application {

    private FxBackground background;
    private FxBackground files;
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
        ReaderViewModel model = new ReaderViewModel(Production.articles(), Production.comparer(), background, files,
                preferences);
        new ReaderWindow(model).install(stage);
        stage.show();
        model.start(folder(getParameters().getRaw(), preferences));
    }

    static Path folder(List<String> args, ReaderPreferences preferences) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        Path articles = Path.of("articles");
        if (Files.isDirectory(articles) || preferences.folder().isEmpty()) {
            return articles;
        }
        return preferences.folder().get();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdown();
        }
        if (files != null) {
            files.shutdown();
        }
        if (preferences != null) {
            preferences.flush();
        }
    }
}
