package app.parallax.ui.pair;

import app.parallax.model.Side;
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
 * its counterpart on the right, one band per pair of passages (a phrase inside a quote rides on the quote's
 * band). When one end is scrolled out of view, only a short tongue leaves the visible end, pointing up or
 * down to where its counterpart is, so bands to far-off matches neither pile up nor cross. Redrawn after
 * the layout of any pulse in which a pane scrolled or changed.
 */
public final class ConnectorBand extends Region {

    public static final double WIDTH = 64;

    private final Canvas canvas = new Canvas();
    private final StyleClassedTextArea left;
    private final StyleClassedTextArea right;
    private final ReaderViewModel model;
    private boolean dirty = true;
    private List<Band> drawn = List.of();

    /**
     * One band as last drawn: where it meets the left pane and the right pane, in this strip's coordinates;
     * a tongue (one end out of view) has NaN for the missing end.
     */
    public record Band(Match match, double leftTop, double leftBottom, double rightTop, double rightBottom) {
        public boolean isComplete() {
            return !Double.isNaN(leftTop) && !Double.isNaN(rightTop);
        }
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
        model.scaleProperty().addListener((o, a, b) -> stale.run());
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

    /** Draws a band for every visible pair not already covered by a wider one; the selected one last. */
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
        List<Match> byLayer = model.matches().stream()
                .filter(m -> m.onlyIn().isEmpty() && m != selected)
                .sorted(java.util.Comparator.comparingInt((Match m) -> m.layer().ordinal()))
                .toList();
        List<Match> kept = new ArrayList<>();
        for (Match m : byLayer) {
            boolean covered = kept.stream().anyMatch(k -> k.left().overlaps(m.left()) && k.right().overlaps(m.right()))
                    || selected != null && selected.left().overlaps(m.left()) && selected.right().overlaps(m.right());
            if (!covered) {
                kept.add(m);
                draw(g, m, false).ifPresent(bands::add);
            }
        }
        if (selected != null && selected.isOn(Side.LEFT) && selected.isOn(Side.RIGHT)) {
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
        double w = canvas.getWidth();
        Color c = m.layer().colour();
        g.setFill(c.deriveColor(0, 1, 1, selected ? 0.55 : 0.22));
        g.setStroke(selected ? Color.web("#0072B2") : c.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(selected ? 2.5 : 1);
        g.setLineDashes(m.onlyIn().isPresent() ? new double[] {5, 4} : null);
        if (l.isPresent() && r.isPresent()) {
            double[] a = l.get();
            double[] b = r.get();
            g.beginPath();
            g.moveTo(0, a[0]);
            g.bezierCurveTo(w / 2, a[0], w / 2, b[0], w, b[0]);
            g.lineTo(w, b[1]);
            g.bezierCurveTo(w / 2, b[1], w / 2, a[1], 0, a[1]);
            g.closePath();
            g.fill();
            g.stroke();
            return Optional.of(new Band(m, a[0], a[1], b[0], b[1]));
        }
        boolean fromLeft = l.isPresent();
        double[] a = fromLeft ? l.get() : r.get();
        boolean up = isAbove(fromLeft ? right : left, m.span(fromLeft ? Side.RIGHT : Side.LEFT));
        double x0 = fromLeft ? 0 : w;
        double tip = fromLeft ? w * 0.45 : w * 0.55;
        double mid = (a[0] + a[1]) / 2;
        double tipY = mid + (up ? -10 : 10);
        g.beginPath();
        g.moveTo(x0, a[0]);
        g.quadraticCurveTo(tip, a[0], tip, tipY);
        g.quadraticCurveTo(tip, a[1], x0, a[1]);
        g.closePath();
        g.fill();
        g.stroke();
        return Optional.of(fromLeft ? new Band(m, a[0], a[1], Double.NaN, Double.NaN)
                : new Band(m, Double.NaN, Double.NaN, a[0], a[1]));
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

    private static boolean isAbove(StyleClassedTextArea area, Span span) {
        int paragraph = area.offsetToPosition(Math.min(span.start(), area.getLength()),
                TwoDimensional.Bias.Forward).getMajor();
        return area.getVisibleParagraphs().isEmpty() || paragraph < area.visibleParToAllParIndex(0);
    }

    private double toLocalY(double screenY) {
        Bounds me = localToScreen(getLayoutBounds());
        return screenY - me.getMinY();
    }
}
