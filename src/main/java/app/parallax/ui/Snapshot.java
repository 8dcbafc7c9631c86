package app.parallax.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** Renders the window's scene to a PNG. */
final class Snapshot {

    private Snapshot() {
    }

    /** Must run on the FX thread. */
    static void write(Scene scene, Path png) throws IOException {
        var image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
