package app.parallax.ui.pair;

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
    private static final String ZOOM = "zoom";
    private static final String RECENT = "recentFolders";
    private static final String MIN_SIMILARITY = "minSimilarity";

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

    public double zoomOr(double fallback) {
        return node.getDouble(ZOOM, fallback);
    }

    public void zoom(double zoom) {
        node.putDouble(ZOOM, zoom);
    }

    /** The bar for a shared claim the reader was last set to. */
    public double minSimilarityOr(double fallback) {
        return node.getDouble(MIN_SIMILARITY, fallback);
    }

    public void minSimilarity(double bar) {
        node.putDouble(MIN_SIMILARITY, bar);
    }

    /** Folders opened lately, the last first; kept as one value, the paths separated by the path separator. */
    public java.util.List<Path> recentFolders() {
        String joined = node.get(RECENT, "");
        return joined.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(joined.split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    public void recentFolders(java.util.List<Path> folders) {
        node.put(RECENT, String.join(java.io.File.pathSeparator, folders.stream().map(Path::toString).toList()));
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
