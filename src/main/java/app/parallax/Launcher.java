package app.parallax;

import app.parallax.cli.ParallaxCommand;
import app.parallax.ui.ParallaxApp;
import app.parallax.ui.ScreenshotCommand;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point of the jar and of the installed {@code parallax} command. Without arguments, or with
 * files and folders ({@code parallax A.txt B.txt}, {@code parallax FOLDER}, {@code reader …}), it opens the
 * reader window; {@code screenshot LEFT RIGHT PNG [options]} renders it to a picture; anything else is the command
 * line. A separate class from the JavaFX application, because a main class that extends {@code Application}
 * fails on the class path with "JavaFX runtime components are missing".
 */
public final class Launcher {

    /** The exit code when the reader cannot open a window, as {@code screenshot} returns. */
    static final int NO_DISPLAY = 3;

    /** JavaFX warns at every start that it runs from the class path; held so the filter is not collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /** Says "Created user preferences directory" on a user's first start; held for the same reason. */
    private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");

    private Launcher() {
    }

    public static void main(String[] args) {
        // The embedding tokenizer would otherwise contact a cloud metadata address at start.
        System.setProperty("OPT_OUT_TRACKING", "true");
        OnnxRuntimeNatives.install(OnnxRuntimeNatives.userCache());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty()) {
            return reader(arguments, err);
        }
        String first = arguments.get(0);
        if (first.equals("reader")) {
            return reader(arguments.subList(1, arguments.size()), err);
        }
        if (first.equals("screenshot")) {
            quietJavaFxStart();
            return ScreenshotCommand.run(Arrays.copyOfRange(args, 1, args.length));
        }
        if (first.startsWith("-") || ParallaxCommand.commandNames().contains(first)) {
            return ParallaxCommand.run(args, out, err);
        }
        return reader(arguments, err);
    }

    /** Opens the window on files and folders after checking them, so a typo is one line, not an empty window. */
    private static int reader(List<String> arguments, PrintWriter err) {
        long folders = 0;
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                folders++;
            } else if (!Files.isRegularFile(path)) {
                err.println("parallax: no such file, folder or command: " + argument
                        + " (commands: " + String.join(", ", ParallaxCommand.commandNames()) + "; see parallax --help)");
                return 2;
            }
        }
        if (folders > 1) {
            err.println("parallax: name at most one folder to open (and any files in it)");
            return 2;
        }
        quietJavaFxStart();
        try {
            ParallaxApp.launchReader(arguments.toArray(String[]::new));
            return 0;
        } catch (RuntimeException | LinkageError e) {
            if (crashedAfterStart(e)) {
                err.println("parallax: the reader stopped: " + rootMessage(e));
                return 1;
            }
            // Toolkit start-up failed: no X display, no Wayland socket, or no GTK library.
            err.println("parallax: cannot open a window (no display? the commands work without one; "
                    + "see parallax --help): " + rootMessage(e));
            return NO_DISPLAY;
        }
    }

    /** Without the two lines every start would print, so that a problem is the only thing on stderr. */
    private static void quietJavaFxStart() {
        PREFERENCES_LOG.setLevel(Level.WARNING);
        Filter previous = JAVAFX_LOG.getFilter();
        JAVAFX_LOG.setFilter(r -> !String.valueOf(r.getMessage()).startsWith("Unsupported JavaFX configuration")
                && (previous == null || previous.isLoggable(r)));
    }

    /** JavaFX wraps what the application's own init/start/stop threw; anything else came from the toolkit. */
    private static boolean crashedAfterStart(Throwable e) {
        return e.getMessage() != null && e.getMessage().startsWith("Exception in Application ");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
