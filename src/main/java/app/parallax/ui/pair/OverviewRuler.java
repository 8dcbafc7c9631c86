package app.parallax.ui.pair;

import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A thin map of the whole article beside its pane, as in Meld's chunk map: a mark for every match and every
 * passage only this article has, search hits as ticks, and a frame around the part in view. A click or a
 * drag brings that part of the article to the middle of the pane. Positions are character offsets over the
 * article's length, so marks and frame agree however the text wraps.
 */
public final class OverviewRuler extends Region {

    public static final double WIDTH = 14;

    private final Canvas canvas = new Canvas();
    private final Side side;
    private final ReaderViewModel model;
    private final ArticlePane pane;
    private boolean dirty = true;
    private List<Drawn> drawn = List.of();
    private double[] frame = {0, 0};

    /** A mark as last drawn: the match and its top and bottom in this ruler. */
    public record Drawn(Match match, double top, double bottom) {
    }

    OverviewRuler(Side side, ReaderViewModel model, ArticlePane pane) {
        this.side = side;
        this.model = model;
        this.pane = pane;
        setId(side == Side.LEFT ? "left-ruler" : "right-ruler");
        getStyleClass().add("overview-ruler");
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        Tooltip.install(this, new Tooltip("The whole article: a mark for each match and each passage only here; "
                + "the frame is what you see. Click to go there."));

        StyleClassedTextArea area = pane.area();
        Runnable stale = () -> dirty = true;
        area.estimatedScrollYProperty().addListener((o, a, b) -> stale.run());
        area.heightProperty().addListener((o, a, b) -> stale.run());
        area.getVisibleParagraphs().addListener((ListChangeListener<Object>) c -> stale.run());
        model.matches().addListener((ListChangeListener<Match>) c -> stale.run());
        model.selectedProperty().addListener((o, a, b) -> stale.run());
        model.search().hitsProperty().addListener((o, a, b) -> stale.run());
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
        setOnMousePressed(this::jump);
        setOnMouseDragged(this::jump);
    }

    private void jump(MouseEvent e) {
        int length = pane.area().getLength();
        if (length == 0 || getHeight() <= 0) {
            return;
        }
        pane.centreOn(offsetAt(e.getY()));
        e.consume();
    }

    /** The character offset a point of the ruler stands for. */
    public int offsetAt(double y) {
        double fraction = Math.max(0, Math.min(1, y / getHeight()));
        return (int) Math.round(fraction * Math.max(0, pane.area().getLength() - 1));
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        dirty = true;
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.gray(0.5, 0.12));
        g.fillRect(0, 0, w, h);
        int length = pane.area().getLength();
        List<Drawn> marks = new ArrayList<>();
        drawn = marks;
        if (length == 0) {
            return;
        }
        Match selected = model.selectedProperty().get();
        for (Match m : model.matches()) {
            if (m.belongsTo(side) && m != selected) {
                marks.add(mark(g, m, length, false));
            }
        }
        g.setFill(Color.gray(0.15));
        for (Span hit : model.search().hits(side)) {
            double y = y(hit.start(), length);
            g.fillRect(0, y, w * 0.5, 2);
        }
        if (selected != null && selected.isOn(side)) {
            marks.add(mark(g, selected, length, true));
        }
        frame = viewport(length);
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(2);
        g.strokeRect(1, frame[0] + 1, w - 2, Math.max(4, frame[1] - frame[0] - 2));
    }

    private Drawn mark(GraphicsContext g, Match m, int length, boolean selected) {
        Span s = m.span(side);
        double top = y(s.start(), length);
        double bottom = Math.max(top + 3, y(s.end(), length));
        double inset = m.layer().pairing() == Layer.Pairing.ONE_SIDE ? canvas.getWidth() / 2 : 2;
        g.setFill(selected ? Color.web("#0072B2") : m.layer().colour());
        g.fillRect(selected ? 0 : inset, top, selected ? canvas.getWidth() : canvas.getWidth() - inset - 2, bottom - top);
        return new Drawn(m, top, bottom);
    }

    private double y(int offset, int length) {
        return (double) offset / length * canvas.getHeight();
    }

    /** The part of the article in view, as top and bottom in this ruler. */
    private double[] viewport(int length) {
        Bounds b = pane.area().getLayoutBounds();
        var first = pane.offsetAt(b.getMinX() + 30, b.getMinY() + 2);
        var last = pane.offsetAt(b.getMaxX() - 30, b.getMaxY() - 2);
        if (first.isEmpty() || last.isEmpty()) {
            return frame;
        }
        return new double[] {y(first.getAsInt(), length), y(Math.max(first.getAsInt(), last.getAsInt()), length)};
    }

    /** The marks drawn last time (the selected match last). */
    public List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** The viewport frame drawn last time: top and bottom. */
    public double[] frame() {
        return frame.clone();
    }
}
