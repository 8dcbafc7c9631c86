package app.parallax.ui;

import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The strip between the panes, as in Meld's link map: a curved band joins each visible match on the left to
 * its counterpart on the right. A passage scrolled out of view is joined to the top or bottom edge, so the
 * band points to where it is. Redrawn after the layout of any pulse in which a pane scrolled or changed.
 */
public final class ConnectorBand extends Region {

    public static final double WIDTH = 64;

    private final Canvas canvas = new Canvas();
    private final StyleClassedTextArea left;
    private final StyleClassedTextArea right;
    private final ReaderViewModel model;
    private boolean dirty = true;
    private List<Band> drawn = List.of();

    /** One band as last drawn: where it meets the left pane and the right pane, in this strip's coordinates. */
    public record Band(Match match, double leftTop, double leftBottom, double rightTop, double rightBottom) {
    }

    public ConnectorBand(ReaderViewModel model, StyleClassedTextArea left, StyleClassedTextArea right) {
        this.model = model;
        this.left = left;
        this.right = right;
        setId("connectors");
        getStyleClass().add("connectors");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);

        Runnable stale = () -> dirty = true;
        left.estimatedScrollYProperty().addListener((o, a, b) -> stale.run());
        right.estimatedScrollYProperty().addListener((o, a, b) -> stale.run());
        left.heightProperty().addListener((o, a, b) -> stale.run());
        right.heightProperty().addListener((o, a, b) -> stale.run());
        left.widthProperty().addListener((o, a, b) -> stale.run());
        right.widthProperty().addListener((o, a, b) -> stale.run());
        left.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> stale.run());
        right.getVisibleParagraphs().addListener((javafx.collections.ListChangeListener<Object>) c -> stale.run());
        model.matches().addListener((javafx.collections.ListChangeListener<Match>) c -> stale.run());
        model.selectedProperty().addListener((o, a, b) -> stale.run());
        model.fontSizeProperty().addListener((o, a, b) -> stale.run());
        widthProperty().addListener((o, a, b) -> stale.run());
        heightProperty().addListener((o, a, b) -> stale.run());

        Runnable redrawIfStale = () -> {
            if (dirty) {
                dirty = false;
                redraw();
            }
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(redrawIfStale);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(redrawIfStale);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        dirty = true;
    }

    /** Draws every visible match; the selected one last, on top and stronger. */
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        List<Band> bands = new ArrayList<>();
        drawn = bands;
        Scene scene = getScene();
        if (scene == null || model.matches().isEmpty()) {
            return;
        }
        Match selected = model.selectedProperty().get();
        for (Match m : model.matches()) {
            if (m != selected) {
                draw(g, m, false).ifPresent(bands::add);
            }
        }
        if (selected != null) {
            draw(g, selected, true).ifPresent(bands::add);
        }
    }

    /** The bands drawn last time, the selected one last. */
    public List<Band> drawn() {
        return List.copyOf(drawn);
    }

    private Optional<Band> draw(GraphicsContext g, Match m, boolean selected) {
        Optional<double[]> l = range(left, m.left());
        Optional<double[]> r = range(right, m.right());
        if (l.isEmpty() && r.isEmpty()) {
            return Optional.empty();
        }
        double[] a = l.orElseGet(() -> edge(left, m.left()));
        double[] b = r.orElseGet(() -> edge(right, m.right()));
        double w = canvas.getWidth();
        Color c = m.layer().colour();
        g.beginPath();
        g.moveTo(0, a[0]);
        g.bezierCurveTo(w / 2, a[0], w / 2, b[0], w, b[0]);
        g.lineTo(w, b[1]);
        g.bezierCurveTo(w / 2, b[1], w / 2, a[1], 0, a[1]);
        g.closePath();
        g.setFill(c.deriveColor(0, 1, 1, selected ? 0.55 : 0.22));
        g.fill();
        g.setStroke(selected ? Color.web("#0072B2") : c.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(selected ? 2.5 : 1);
        g.stroke();
        return Optional.of(new Band(m, a[0], a[1], b[0], b[1]));
    }

    /** The passage's top and bottom in this strip's coordinates, if any of it is on screen. */
    private Optional<double[]> range(StyleClassedTextArea area, Span span) {
        int end = Math.min(span.end(), area.getLength());
        if (span.start() >= end) {
            return Optional.empty();
        }
        Bounds view = area.localToScreen(area.getLayoutBounds());
        Optional<Bounds> on = area.getCharacterBoundsOnScreen(span.start(), end);
        if (view == null || on.isEmpty()) {
            return Optional.empty();
        }
        double top = Math.max(on.get().getMinY(), view.getMinY());
        double bottom = Math.min(on.get().getMaxY(), view.getMaxY());
        if (bottom <= top) {
            return Optional.empty();
        }
        return Optional.of(new double[] {toLocalY(top), toLocalY(bottom)});
    }

    /** A thin stub at the top or bottom edge of the pane, on the side where the passage lies out of view. */
    private double[] edge(StyleClassedTextArea area, Span span) {
        Bounds view = area.localToScreen(area.getLayoutBounds());
        int paragraph = area.offsetToPosition(Math.min(span.start(), area.getLength()),
                TwoDimensional.Bias.Forward).getMajor();
        boolean above = area.getVisibleParagraphs().isEmpty() || paragraph < area.visibleParToAllParIndex(0);
        double y = toLocalY(above ? view.getMinY() : view.getMaxY());
        return above ? new double[] {y, y + 3} : new double[] {y - 3, y};
    }

    private double toLocalY(double screenY) {
        Bounds me = localToScreen(getLayoutBounds());
        return screenY - me.getMinY();
    }
}
