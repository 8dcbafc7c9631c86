package app.parallax;

import app.parallax.cli.ParallaxCommand;
import app.parallax.ui.ParallaxApp;
import app.parallax.ui.ScreenshotCommand;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The jar's entry point: no arguments (or a folder, or {@code reader [FOLDER]}) open the reader window;
 * {@code screenshot LEFT RIGHT PNG [options]} renders it to a picture; anything else is the command line. A separate class from the JavaFX application, because a main class that extends
 * {@code Application} fails on the class path with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // The embedding tokenizer would otherwise contact a cloud metadata address at start.
        System.setProperty("OPT_OUT_TRACKING", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args.length == 1 && Files.isDirectory(Path.of(args[0]))) {
            ParallaxApp.launchReader(args);
            return;
        }
        if (args[0].equals("reader")) {
            ParallaxApp.launchReader(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args[0].equals("screenshot")) {
            System.exit(ScreenshotCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(ParallaxCommand.run(args, out, err));
    }
}
