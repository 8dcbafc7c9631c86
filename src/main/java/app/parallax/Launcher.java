package app.parallax;

import app.parallax.cli.ParallaxCommand;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. A separate class from the JavaFX application, because a main class that extends
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
        System.exit(ParallaxCommand.run(args, out, err));
    }
}
