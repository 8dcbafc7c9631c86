package app.parallax.ui;

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
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

/** One reading pane: the article's title, outlet and date above its read-only, word-wrapped text. */
public final class ArticlePane extends BorderPane {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** Longer paragraphs are shown in pieces; news paragraphs stay well below this. */
    static final int LONGEST_PARAGRAPH = 2_000;

    private final Side side;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label title = new Label();
    private final Label meta = new Label();

    public ArticlePane(Side side) {
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
        title.getStyleClass().add("article-title");
        title.setId(side == Side.LEFT ? "left-title" : "right-title");
        meta.getStyleClass().add("article-meta");
        HBox metaRow = new HBox(8, badge, meta);
        VBox header = new VBox(title, metaRow);
        header.getStyleClass().add("article-header");
        setTop(header);
        setCenter(new VirtualizedScrollPane<>(area));
        setMinWidth(200);
        HBox.setHgrow(this, Priority.ALWAYS);
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

    public void paint(StyleSpans<Collection<String>> styles) {
        if (area.getLength() > 0) {
            area.setStyleSpans(0, styles);
        }
    }

    /** Scrolls so that the passage is in view, to the middle of the pane when it has to move. */
    public void reveal(Span span) {
        if (isFullyVisible(span)) {
            return;
        }
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
        double off = on.get().getMinY() + Math.min(on.get().getHeight(), view.getHeight()) / 2 - view.getCenterY();
        area.scrollYBy(off);
        return true;
    }

    private boolean isFullyVisible(Span span) {
        Optional<Bounds> on = area.getCharacterBoundsOnScreen(span.start(), Math.min(span.end(), area.getLength()));
        Bounds view = area.localToScreen(area.getBoundsInLocal());
        return on.isPresent() && view != null && on.get().getMinY() >= view.getMinY()
                && on.get().getMaxY() <= view.getMaxY();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Side side() {
        return side;
    }
}
