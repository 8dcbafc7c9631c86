package app.parallax.ui.pair;

import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns overlapping marks into the style spans of one text area. Every character gets the style classes of
 * every shown mark covering it, so a quote inside a shared claim carries both classes and both stay visible
 * (each layer paints through its own channel: background, box, underline, weight).
 */
public final class StylePainter {

    public static final String SELECTED = "hl-selected";
    public static final String SEARCH_HIT = "hl-search";
    public static final String CURRENT_HIT = "hl-search-current";

    /** A passage painted on top of the layers with a class of its own: the selection, a search hit. */
    public record Overlay(Span span, String styleClass) {
    }

    private StylePainter() {
    }

    public static StyleSpans<Collection<String>> paint(int length, List<Mark> marks, Set<Layer> shown,
                                                       List<Span> selected) {
        return paintWith(length, marks, shown, selected.stream().map(s -> new Overlay(s, SELECTED)).toList());
    }

    public static StyleSpans<Collection<String>> paintWith(int length, List<Mark> marks, Set<Layer> shown,
                                                           List<Overlay> overlays) {
        List<Mark> visible = marks.stream().filter(m -> shown.contains(m.layer())).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        visible.forEach(m -> addCuts(cuts, m.span(), length));
        overlays.forEach(o -> addCuts(cuts, o.span(), length));

        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<String> pending = null;
        int pendingLength = 0;
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<String> classes = classesAt(from, visible, overlays);
                if (classes.equals(pending)) {
                    pendingLength += to - from;
                } else {
                    if (pending != null) {
                        builder.add(pending, pendingLength);
                    }
                    pending = classes;
                    pendingLength = to - from;
                }
            }
            from = to;
        }
        builder.add(pending == null ? List.of() : pending, pendingLength);
        return builder.create();
    }

    private static void addCuts(TreeSet<Integer> cuts, Span span, int length) {
        cuts.add(Math.min(span.start(), length));
        cuts.add(Math.min(span.end(), length));
    }

    private static List<String> classesAt(int offset, List<Mark> marks, List<Overlay> overlays) {
        List<String> classes = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (marks.stream().anyMatch(m -> m.layer() == layer && covers(m.span(), offset))) {
                classes.add(layer.styleClass());
            }
        }
        for (Overlay o : overlays) {
            if (covers(o.span(), offset) && !classes.contains(o.styleClass())) {
                classes.add(o.styleClass());
            }
        }
        return List.copyOf(classes);
    }

    private static boolean covers(Span span, int offset) {
        return span.start() <= offset && offset < span.end();
    }
}
