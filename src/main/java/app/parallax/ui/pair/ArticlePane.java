package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane.ScrollBarPolicy;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * One reading pane: the article's title, outlet and date above its read-only, word-wrapped text. The scroll
 * bar and the overview ruler sit on the pane's outer side, so that the text's inner edge meets the
 * connector bands between the panes.
 */
public final class ArticlePane extends BorderPane {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Longer paragraphs are shown in pieces; news paragraphs stay well below this. */
    static final int LONGEST_PARAGRAPH = 2_000;

    private final Side side;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final ScrollBar bar = new ScrollBar();
    private final OverviewRuler ruler;
    private final Label title = new Label();
    private final Label meta = new Label();
    private boolean syncingBar;

    public ArticlePane(Side side, ReaderViewModel model) {
        this.side = side;
        getStyleClass().add("article-pane");
        setId(side == Side.LEFT ? "left-pane" : "right-pane");
        area.setId(side == Side.LEFT ? "left-text" : "right-text");
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);

        Label badge = new Label(side == Side.LEFT ? "Left" : "Right");
        badge.getStyleClass().add("side-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        title.getStyleClass().add("article-title");
        title.setId(side == Side.LEFT ? "left-title" : "right-title");
        meta.getStyleClass().add("article-meta");
        meta.setMinWidth(0);
        HBox metaRow = new HBox(8, badge, meta);
        VBox header = new VBox(title, metaRow);
        header.getStyleClass().add("article-header");
        setTop(header);

        VirtualizedScrollPane<StyleClassedTextArea> scroll =
                new VirtualizedScrollPane<>(area, ScrollBarPolicy.AS_NEEDED, ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        bar.setOrientation(Orientation.VERTICAL);
        bar.setId(side == Side.LEFT ? "left-scroll" : "right-scroll");
        bindBar();
        ruler = new OverviewRuler(side, model, this);
        setCenter(side == Side.LEFT ? new HBox(ruler, bar, scroll) : new HBox(scroll, bar, ruler));
        setMinWidth(200);
        HBox.setHgrow(this, Priority.ALWAYS);
    }

    /** Our own bar, kept in step with the area both ways (the built-in one would sit at the inner edge). */
    private void bindBar() {
        Runnable fromArea = () -> {
            if (syncingBar) {
                return;
            }
            syncingBar = true;
            try {
                double range = scrollRange();
                bar.setMax(Math.max(range, 0.0001));
                double total = totalHeight();
                bar.setVisibleAmount(total <= 0 ? 1 : range * area.getHeight() / total);
                bar.setValue(Math.min(range, area.getEstimatedScrollY()));
                bar.setUnitIncrement(20);
                bar.setBlockIncrement(Math.max(20, area.getHeight() * 0.9));
                bar.setDisable(range <= 0);
            } finally {
                syncingBar = false;
            }
        };
        area.estimatedScrollYProperty().addListener((o, a, b) -> fromArea.run());
        area.totalHeightEstimateProperty().addListener((o, a, b) -> fromArea.run());
        area.heightProperty().addListener((o, a, b) -> fromArea.run());
        bar.valueProperty().addListener((o, was, now) -> {
            if (!syncingBar) {
                syncingBar = true;
                try {
                    area.estimatedScrollYProperty().setValue(now.doubleValue());
                } finally {
                    syncingBar = false;
                }
            }
        });
    }

    double totalHeight() {
        Double total = area.totalHeightEstimateProperty().getValue();
        return total == null ? 0 : total;
    }

    double scrollRange() {
        return Math.max(0, totalHeight() - area.getHeight());
    }

    public void show(Optional<Article> article) {
        title.setText(article.map(Article::title).filter(t -> !t.isBlank())
                .or(() -> article.map(a -> a.file().getFileName().toString()))
                .orElse("No article chosen"));
        meta.setText(article.map(ArticlePane::describe).orElse("Pick one in the library on the left"));
        area.replaceText(forDisplay(article.map(Article::text).orElse("")));
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /**
     * The text as the pane holds it: a paragraph longer than {@link #LONGEST_PARAGRAPH} characters is laid
     * out as one huge line that freezes the window and then blanks both panes, so it is broken into pieces
     * by turning a space into a line break: the text keeps its length, and every offset still points at the
     * same character. A run with no space at all (a 200,000-character "word") is broken every
     * {@link #LONGEST_PARAGRAPH} characters in the same way, the one character at each break not shown.
     */
    static String forDisplay(String text) {
        char[] shown = null;
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                lastSpace = -1;
                continue;
            }
            if (c == ' ' || c == '\t') {
                lastSpace = i;
            }
            if (i - lineStart >= LONGEST_PARAGRAPH) {
                shown = shown == null ? text.toCharArray() : shown;
                int breakAt = lastSpace > lineStart + LONGEST_PARAGRAPH / 2 ? lastSpace : i;
                shown[breakAt] = '\n';
                lineStart = breakAt + 1;
                lastSpace = -1;
            }
        }
        return shown == null ? text : new String(shown);
    }

    static String describe(Article a) {
        return Stream.of(a.metadata().outlet(), a.metadata().date().map(DATE::format),
                        Optional.of(a.file().getFileName().toString()))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" · "));
    }

    /** Restyles the text without moving it: painting must never scroll (a layer toggle keeps the place). */
    public void paint(StyleSpans<Collection<String>> styles) {
        if (area.getLength() > 0) {
            int top = topOffset();
            area.setStyleSpans(0, styles);
            area.applyCss();
            area.layout();
            if (topOffset() != top) {
                showAtTop(top);
            }
        }
    }

    /** The text size in pixels; the passage at the top stays at the top. */
    public void textSize(double px) {
        String style = "-fx-font-size: " + px + "px;";
        if (style.equals(area.getStyle())) {
            return;
        }
        int top = pendingTop >= 0 ? pendingTop : topOffset();
        area.setStyle(style);
        area.applyCss();
        area.layout();
        showAtTop(top);
        // The rest of the window grows too (titles, legend), which moves the text again over the next
        // pulses: put the same passage back at the top after each, a few times, until it stays. (Run after
        // the pulse, not inside it: laying the area out during a pulse trips JavaFX's text layout.)
        if (getScene() != null) {
            pendingTop = top;
            keepTop(top, 4);
        }
    }

    private int pendingTop = -1;

    private void keepTop(int top, int tries) {
        Platform.runLater(() -> {
            if (pendingTop != top) {
                return;
            }
            if (tries > 0 && Math.abs(topOffset() - top) > 1) {
                showAtTop(top);
                keepTop(top, tries - 1);
            } else if (tries > 0) {
                keepTop(top, tries - 1);
            } else {
                pendingTop = -1;
            }
        });
    }

    /** The first character at the top of the view (0 when nothing is shown). */
    public int topOffset() {
        Bounds local = area.getLayoutBounds();
        // A few pixels below the edge: the top line is put 2 px below it, and a hit on its very edge can land on the line above.
        java.util.OptionalInt hit = offsetAt(local.getMinX() + 30, local.getMinY() + 6);
        if (hit.isPresent()) {
            return hit.getAsInt();
        }
        try {
            return area.getAbsolutePosition(area.firstVisibleParToAllParIndex(), 0);
        } catch (RuntimeException noCellsYet) {
            return 0;
        }
    }

    /**
     * The character at a point of the area. RichTextFX's hit test throws while its cells are being rebuilt
     * (during a relayout); then there is no answer yet.
     */
    java.util.OptionalInt offsetAt(double x, double y) {
        if (area.getLength() == 0 || area.getVisibleParagraphs().isEmpty() || !isShowing(area)) {
            return java.util.OptionalInt.empty();
        }
        try {
            return java.util.OptionalInt.of(area.hit(x, y).getInsertionIndex());
        } catch (java.util.NoSuchElementException | IndexOutOfBoundsException e) {
            return java.util.OptionalInt.empty();
        }
    }

    /** A hidden window has no screen to map points to: RichTextFX's hit test fails there. */
    private static boolean isShowing(javafx.scene.Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    private void showAtTop(int wanted) {
        if (area.getLength() == 0) {
            return;
        }
        // A line break has no box of its own to measure: aim at the first character after it.
        String text = area.getText();
        int offset = Math.min(wanted, text.length() - 1);
        while (offset < text.length() - 1 && text.charAt(offset) == '\n') {
            offset++;
        }
        int paragraph = area.offsetToPosition(Math.min(offset, area.getLength()), TwoDimensional.Bias.Forward).getMajor();
        // The (hidden) caret goes along: a relayout that follows the caret must not pull the text back to it.
        area.moveTo(Math.min(offset, area.getLength()));
        area.showParagraphAtTop(paragraph);
        area.layout();
        Optional<Bounds> box = area.getCharacterBoundsOnScreen(offset, Math.min(offset + 1, area.getLength()));
        Bounds view = area.localToScreen(area.getLayoutBounds());
        if (box.isPresent() && view != null) {
            area.scrollYBy(box.get().getMinY() - view.getMinY() - 2);
        }
    }

    /** Brings the character at that offset to the middle of the view (the overview ruler's jump). */
    public void centreOn(int offset) {
        int at = Math.max(0, Math.min(offset, area.getLength() - 1));
        if (at < 0) {
            return;
        }
        Span one = Span.of(area.getText(), at, Math.min(at + 1, area.getLength()));
        bringToCentre(one);
    }

    /** Scrolls so that the passage is in view, to the middle of the pane when it has to move. */
    public void reveal(Span span) {
        if (span.length() == 0 || isFullyVisible(span)) {
            return;
        }
        bringToCentre(span);
    }

    private void bringToCentre(Span span) {
        if (!centre(span)) {
            // Off screen there are no bounds to measure: bring its paragraph in first, then centre exactly.
            int paragraph = area.offsetToPosition(Math.min(span.start(), area.getLength()),
                    TwoDimensional.Bias.Forward).getMajor();
            area.showParagraphAtCenter(paragraph);
            area.layout();
            if (!centre(span)) {
                Platform.runLater(() -> centre(span));
            }
        }
    }

    private boolean centre(Span span) {
        Optional<Bounds> on = area.getCharacterBoundsOnScreen(span.start(), Math.min(span.end(), area.getLength()));
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        if (on.isEmpty() || view == null) {
            return false;
        }
        // A passage taller than the view shows from its start; a shorter one sits in the middle.
        double off = on.get().getHeight() >= view.getHeight() - 8
                ? on.get().getMinY() - view.getMinY() - 4
                : on.get().getMinY() + on.get().getHeight() / 2 - view.getCenterY();
        area.scrollYBy(off);
        return true;
    }

    public boolean isFullyVisible(Span span) {
        Optional<Bounds> on = area.getCharacterBoundsOnScreen(span.start(), Math.min(span.end(), area.getLength()));
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        return on.isPresent() && view != null && on.get().getMinY() >= view.getMinY()
                && on.get().getMaxY() <= view.getMaxY();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public OverviewRuler ruler() {
        return ruler;
    }

    public Side side() {
        return side;
    }
}
