package app.parallax.ui;

import app.parallax.model.PerSide;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between runs, in one {@link Preferences} node (tests pass their own). */
public final class ReaderPreferences {

    private static final String FOLDER = "folder";
    private static final String LEFT = "left";
    private static final String RIGHT = "right";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    private static final String DARK = "dark";
    private static final String FONT_SIZE = "fontSize";

    private final Preferences node;

    public ReaderPreferences(Preferences node) {
        this.node = node;
    }

    public static ReaderPreferences forUser() {
        return new ReaderPreferences(Preferences.userRoot().node("app/parallax/reader"));
    }

    public Optional<Path> folder() {
        return path(FOLDER);
    }

    public void folder(Path folder) {
        node.put(FOLDER, folder.toAbsolutePath().toString());
    }

    public Optional<PerSide<Path>> pair() {
        return path(LEFT).flatMap(l -> path(RIGHT).map(r -> new PerSide<>(l, r)));
    }

    public void pair(Path left, Path right) {
        node.put(LEFT, left.toAbsolutePath().toString());
        node.put(RIGHT, right.toAbsolutePath().toString());
    }

    public double widthOr(double fallback) {
        return node.getDouble(WIDTH, fallback);
    }

    public double heightOr(double fallback) {
        return node.getDouble(HEIGHT, fallback);
    }

    public void size(double width, double height) {
        node.putDouble(WIDTH, width);
        node.putDouble(HEIGHT, height);
    }

    public boolean dark() {
        return node.getBoolean(DARK, false);
    }

    public void dark(boolean dark) {
        node.putBoolean(DARK, dark);
    }

    public double fontSizeOr(double fallback) {
        return node.getDouble(FONT_SIZE, fallback);
    }

    public void fontSize(double size) {
        node.putDouble(FONT_SIZE, size);
    }

    /** Writes through to the store; a failure only loses what the window remembers, so it is not fatal. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("Parallax could not save its settings: " + e.getMessage());
        }
    }

    private Optional<Path> path(String key) {
        return Optional.ofNullable(node.get(key, null)).map(Path::of);
    }
}
