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
        area.replaceText(article.map(Article::text).orElse(""));
        area.moveTo(0);
        area.showParagraphAtTop(0);
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
