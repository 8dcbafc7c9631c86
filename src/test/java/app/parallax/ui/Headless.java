package app.parallax.ui;

/** Settings the headless (Monocle) screen needs before the toolkit starts. */
public final class Headless {

    private Headless() {
    }

    public static void configure() {
        // Monocle's default screen is 1280x800; a bigger window overflows its frame buffer.
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }
}
