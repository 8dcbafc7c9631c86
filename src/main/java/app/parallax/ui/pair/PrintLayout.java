package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The comparison laid out on paper pages: both articles one after the other with their highlights, then the
 * match list. Every highlight reads in greyscale: a tag such as [Q3] opens each passage and names its row in
 * the list (the layer's initial and the row number), quotes are bold, shared claims underlined, passages
 * only in one article italic, boilerplate light grey.
 */
final class PrintLayout {

    private static final String SERIF = "DejaVu Serif";
    private static final String SANS = "DejaVu Sans";
    private static final double GAP = 6;

    private final double width;
    private final double height;

    PrintLayout(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The pages, each a node no taller than the page; must run on the FX thread. */
    List<Node> pages(ReaderViewModel model) {
        Article left = model.leftProperty().get();
        Article right = model.rightProperty().get();
        List<Match> matches = List.copyOf(model.matches());
        Highlights h = model.highlightsProperty().get();
        Set<Layer> shown = model.shownLayers();
        List<TextFlow> blocks = new ArrayList<>();
        blocks.add(flow(text("Parallax comparison", SANS, 16, FontWeight.BOLD, FontPosture.REGULAR)));
        blocks.add(flow(text("Tags like [Q3] open a passage and name its row in the match list (Q quote, C claim, "
                + "P word for word, O only in this article). Bold: same quote. Underlined: same claim. Italic: only "
                + "in this article. Grey: boilerplate.", SANS, 9, FontWeight.NORMAL, FontPosture.REGULAR)));
        for (Side side : Side.values()) {
            Article a = side == Side.LEFT ? left : right;
            if (a == null) {
                continue;
            }
            blocks.add(flow(text((side == Side.LEFT ? "Left: " : "Right: ") + a.title(), SANS, 13, FontWeight.BOLD,
                    FontPosture.REGULAR)));
            blocks.add(flow(text(MatchText.source(a), SANS, 9, FontWeight.NORMAL, FontPosture.REGULAR)));
            blocks.addAll(article(a.text(), side, h.marks().get(side), shown, matches));
        }
        blocks.add(flow(text("Matches", SANS, 13, FontWeight.BOLD, FontPosture.REGULAR)));
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            blocks.add(flow(
                    text(tag(m, i) + " " + MatchCard.title(m) + "\n", SANS, 9, FontWeight.BOLD, FontPosture.REGULAR),
                    text("Left: " + oneLine(m.left().text()) + "\nRight: " + oneLine(m.right().text()), SERIF, 9,
                            FontWeight.NORMAL, FontPosture.REGULAR)));
        }
        return paginate(blocks);
    }

    private List<TextFlow> article(String text, Side side, List<Mark> marks, Set<Layer> shown, List<Match> matches) {
        List<Mark> visible = marks.stream().filter(m -> shown.contains(m.layer())).toList();
        List<TextFlow> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && !text.substring(start, end).isBlank()) {
                paragraphs.add(paragraph(text, start, end, side, visible, matches));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    private TextFlow paragraph(String text, int from, int to, Side side, List<Mark> marks, List<Match> matches) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            cut(cuts, m.span(), from, to);
        }
        List<Node> runs = new ArrayList<>();
        Integer previous = null;
        for (int at : cuts) {
            if (previous != null && at > previous) {
                for (int i = 0; i < matches.size(); i++) {
                    Match m = matches.get(i);
                    if (m.belongsTo(side) && m.span(side).start() == previous) {
                        runs.add(text(tag(m, i) + " ", SANS, 8, FontWeight.BOLD, FontPosture.REGULAR));
                    }
                }
                runs.add(run(text.substring(previous, at), layersAt(previous, marks)));
            }
            previous = at;
        }
        return flow(runs.toArray(Node[]::new));
    }

    private static void cut(TreeSet<Integer> cuts, Span s, int from, int to) {
        if (s.start() > from && s.start() < to) {
            cuts.add(s.start());
        }
        if (s.end() > from && s.end() < to) {
            cuts.add(s.end());
        }
    }

    private static Set<Layer> layersAt(int offset, List<Mark> marks) {
        Set<Layer> on = java.util.EnumSet.noneOf(Layer.class);
        for (Mark m : marks) {
            if (m.span().start() <= offset && offset < m.span().end()) {
                on.add(m.layer());
            }
        }
        return on;
    }

    private static Text run(String s, Set<Layer> layers) {
        boolean bold = layers.contains(Layer.QUOTES) || layers.contains(Layer.CONFLICTS);
        boolean italic = layers.contains(Layer.UNIQUE) || layers.contains(Layer.BOILERPLATE);
        Text t = text(s, SERIF, 10, bold ? FontWeight.BOLD : FontWeight.NORMAL,
                italic ? FontPosture.ITALIC : FontPosture.REGULAR);
        t.setUnderline(layers.contains(Layer.CLAIMS) || layers.contains(Layer.RELATED) || layers.contains(Layer.PHRASES));
        if (layers.contains(Layer.BOILERPLATE)) {
            t.setFill(Color.gray(0.55));
        }
        return t;
    }

    /** "[Q3]": the layer's initial and the row number in the match list. */
    static String tag(Match m, int index) {
        return "[" + m.layer().shortLabel().charAt(0) + (index + 1) + "]";
    }

    private static Text text(String s, String family, double size, FontWeight weight, FontPosture posture) {
        Text t = new Text(s);
        t.setFont(Font.font(family, weight, posture, size));
        t.setFill(Color.BLACK);
        return t;
    }

    private TextFlow flow(Node... children) {
        TextFlow flow = new TextFlow(children);
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        return flow;
    }

    private List<Node> paginate(List<TextFlow> blocks) {
        List<Node> pages = new ArrayList<>();
        VBox page = newPage();
        for (TextFlow block : blocks) {
            page.getChildren().add(block);
            // Measured as laid out on the page; a block that does not fit opens the next one.
            if (page.getChildren().size() > 1 && page.prefHeight(width) > height) {
                page.getChildren().remove(block);
                pages.add(page);
                page = newPage();
                page.getChildren().add(block);
            }
        }
        if (!page.getChildren().isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private VBox newPage() {
        VBox page = new VBox(GAP);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
