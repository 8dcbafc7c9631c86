package app.parallax.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.controlsfx.control.PopOver;

/** Renders the window's scene to a PNG, with the match popover painted in where it floats. */
final class Snapshot {

    private Snapshot() {
    }

    /** Must run on the FX thread. */
    static void write(Scene scene, PopOver popOver, Path png) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        if (popOver.isShowing() && popOver.getScene() != null) {
            Node card = popOver.getScene().getRoot();
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            WritableImage pop = card.snapshot(clear, null);
            Bounds at = card.localToScreen(card.getBoundsInLocal());
            Point2D origin = scene.getRoot().localToScreen(0, 0);
            int x = (int) Math.round(at.getMinX() - origin.getX());
            int y = (int) Math.round(at.getMinY() - origin.getY());
            Graphics2D g = image.createGraphics();
            g.drawImage(SwingFXUtils.fromFXImage(pop, null), x, y, null);
            g.dispose();
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", png.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
