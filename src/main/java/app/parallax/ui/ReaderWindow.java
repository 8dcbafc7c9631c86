package app.parallax.ui;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.library.ClipboardPaste;
import app.parallax.ui.library.FileDrop;
import app.parallax.ui.library.LibraryView;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.controlsfx.control.PopOver;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The reader window: library on the left, two reading panes joined by connector bands, the legend and
 * toolbar above, the match list below and the status bar at the bottom. Views only; state and commands
 * live in {@link ReaderViewModel}.
 */
public final class ReaderWindow {

    static final String STYLESHEET = Objects.requireNonNull(
            ReaderWindow.class.getResource("reader.css")).toExternalForm();

    private final ReaderViewModel model;
    private final ArticlePane leftPane = new ArticlePane(Side.LEFT);
    private final ArticlePane rightPane = new ArticlePane(Side.RIGHT);
    private final ConnectorBand connectors;
    private final BorderPane root = new BorderPane();
    private final PopOver popOver = new PopOver();
    private final ToggleButton lockScroll = new ToggleButton("Lock scrolling");
    private Side lastClickedSide = Side.LEFT;
    private Match pendingCard;
    private boolean syncingScroll;
    private boolean hovering;
    private Stage stage;

    public ReaderWindow(ReaderViewModel model) {
        this.model = model;
        this.connectors = new ConnectorBand(model, leftPane.area(), rightPane.area());
        root.setId("reader");
        root.getStylesheets().add(STYLESHEET);

        HBox panes = new HBox(leftPane, connectors, rightPane);
        panes.setId("panes");
        leftPane.setPrefWidth(100);
        rightPane.setPrefWidth(100);
        SplitPane centre = new SplitPane(panes, new MatchTable(model));
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(centre.getItems().get(1), false);

        SplitPane main = new SplitPane(new LibraryView(model, this::chooseFolder), centre);
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(main.getItems().get(0), false);

        root.setTop(new VBox(toolBar(), new LegendBar(model), noticeBar()));
        root.setCenter(main);
        root.setBottom(new StatusBar(model));

        bindPanes();
        FileDrop.install(leftPane, model.library(), model::showLeft);
        FileDrop.install(rightPane, model.library(), model::showRight);
        bindFollowing(leftPane);
        bindFollowing(rightPane);
        bindLockedScrolling();
        model.fontSizeProperty().addListener((o, was, now) -> applyFontSize());
        applyFontSize();
        model.darkProperty().addListener((o, was, now) -> applyTheme());
        applyTheme();

        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setAnimated(false);
        // A click elsewhere (on "Next", on another passage) closes the popover and still does its job.
        popOver.setConsumeAutoHidingEvents(false);
        popOver.getRoot().getStylesheets().add(STYLESHEET);
    }

    /** Puts the window into a stage: scene, keys, remembered size. */
    public void install(Stage stage) {
        this.stage = stage;
        ReaderPreferences prefs = model.preferences();
        Scene scene = new Scene(root, prefs.widthOr(1440), prefs.heightOr(900));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), model::selectNext);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN), model::selectPrevious);
        for (KeyCode in : List.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD)) {
            scene.getAccelerators().put(new KeyCodeCombination(in, KeyCombination.SHORTCUT_DOWN), model::zoomIn);
        }
        for (KeyCode out : List.of(KeyCode.MINUS, KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(new KeyCodeCombination(out, KeyCombination.SHORTCUT_DOWN), model::zoomOut);
        }
        for (KeyCode zero : List.of(KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            scene.getAccelerators().put(new KeyCodeCombination(zero, KeyCombination.SHORTCUT_DOWN), model::resetZoom);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> ClipboardPaste.paste(model.library()));
        scene.addPostLayoutPulseListener(this::showPendingCard);
        stage.setScene(scene);
        stage.setTitle("Parallax");
        stage.setOnHidden(e -> {
            popOver.hide();
            prefs.size(scene.getWidth(), scene.getHeight());
            prefs.flush();
        });
        ChangeListener<Article> title = (o, was, now) -> stage.setTitle(windowTitle());
        model.leftProperty().addListener(title);
        model.rightProperty().addListener(title);
    }

    private String windowTitle() {
        String l = Optional.ofNullable(model.leftProperty().get()).map(Article::title).orElse("…");
        String r = Optional.ofNullable(model.rightProperty().get()).map(Article::title).orElse("…");
        return "Parallax — " + l + "  ⟷  " + r;
    }

    private ToolBar toolBar() {
        Button swap = button("⇄ Swap", "swap", "Swap the two articles", model::swap);
        Button previous = button("◀ Previous", "previous-match", "Previous match (Shift+F8)", model::selectPrevious);
        Button next = button("Next ▶", "next-match", "Next match (F8)", model::selectNext);
        lockScroll.setId("lock-scroll");
        lockScroll.setTooltip(new Tooltip("Scroll both panes together"));
        Button smaller = button("A−", "zoom-out", "Smaller text (Ctrl+minus; Ctrl+0 resets)", model::zoomOut);
        Button larger = button("A+", "zoom-in", "Larger text (Ctrl+plus; Ctrl+0 resets)", model::zoomIn);
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new ToolBar(swap, new Separator(), previous, next, new Separator(), lockScroll, gap, smaller,
                larger, dark);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox noticeBar() {
        Label text = new Label();
        text.setId("notice");
        text.textProperty().bind(model.noticeProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.setOnAction(e -> model.dismissNotice());
        HBox bar = new HBox(10, text, close);
        bar.getStyleClass().add("notice");
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void bindPanes() {
        model.leftProperty().addListener((o, was, now) -> leftPane.show(Optional.ofNullable(now)));
        model.rightProperty().addListener((o, was, now) -> rightPane.show(Optional.ofNullable(now)));
        leftPane.show(Optional.ofNullable(model.leftProperty().get()));
        rightPane.show(Optional.ofNullable(model.rightProperty().get()));
        model.highlightsProperty().addListener((o, was, now) -> repaint());
        for (Layer layer : Layer.values()) {
            model.shownProperty(layer).addListener((o, was, now) -> repaint());
        }
        model.selectedProperty().addListener((o, was, now) -> {
            repaint();
            if (now != null) {
                leftPane.reveal(now.left());
                rightPane.reveal(now.right());
                pendingCard = now;
            } else {
                popOver.hide();
            }
        });
    }

    private void repaint() {
        Highlights h = model.highlightsProperty().get();
        Match selected = model.selectedProperty().get();
        for (ArticlePane pane : List.of(leftPane, rightPane)) {
            Side side = pane.side();
            List<Span> chosen = selected == null ? List.of() : List.of(selected.span(side));
            pane.paint(StylePainter.paint(pane.area().getLength(), h.marks().get(side), model.shownLayers(), chosen));
        }
    }

    /** Click a highlighted passage to select its match; hover over one to see why it matched. */
    private void bindFollowing(ArticlePane pane) {
        StyleClassedTextArea area = pane.area();
        area.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) {
                return;
            }
            area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i ->
                    model.matchAt(pane.side(), i).ifPresent(m -> {
                        lastClickedSide = pane.side();
                        if (m.equals(model.selectedProperty().get())) {
                            pendingCard = m;
                        }
                        model.select(m);
                    }));
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(600));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                model.matchAt(pane.side(), e.getCharacterIndex()).ifPresent(m -> {
                    showCard(m, pane);
                    hovering = true;
                }));
        // A card shown by hovering goes when the mouse moves on; one shown by selecting stays until a click.
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            if (hovering) {
                popOver.hide();
            }
        });
    }

    private void showPendingCard() {
        if (pendingCard == null) {
            return;
        }
        Match m = pendingCard;
        pendingCard = null;
        ArticlePane pane = lastClickedSide == Side.LEFT ? leftPane : rightPane;
        Platform.runLater(() -> showCard(m, pane));
    }

    private void showCard(Match m, ArticlePane pane) {
        hovering = false;
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            return;
        }
        Span s = m.span(pane.side());
        pane.area().getCharacterBoundsOnScreen(s.start(), Math.min(s.end(), pane.area().getLength()))
                .ifPresent(b -> {
                    MatchCard card = new MatchCard(m);
                    if (model.darkProperty().get()) {
                        card.getStyleClass().add("theme-dark");
                    }
                    popOver.setContentNode(card);
                    popOver.show(pane.area(), b.getCenterX(), b.getMaxY() + 2);
                });
    }

    /** With the lock on, scrolling one pane scrolls the other to the same relative position. */
    private void bindLockedScrolling() {
        follow(leftPane.area(), rightPane.area());
        follow(rightPane.area(), leftPane.area());
    }

    private void follow(StyleClassedTextArea from, StyleClassedTextArea to) {
        from.estimatedScrollYProperty().addListener((o, was, now) -> {
            if (!lockScroll.isSelected() || syncingScroll) {
                return;
            }
            syncingScroll = true;
            try {
                double fromRange = range(from);
                double fraction = fromRange <= 0 ? 0 : now / fromRange;
                to.scrollYToPixel(Math.max(0, fraction * range(to)));
            } finally {
                syncingScroll = false;
            }
        });
    }

    private static double range(StyleClassedTextArea area) {
        Double total = area.totalHeightEstimateProperty().getValue();
        return total == null ? 0 : Math.max(0, total - area.getHeight());
    }

    private void applyFontSize() {
        String size = "-fx-font-size: " + model.fontSizeProperty().get() + "px;";
        leftPane.area().setStyle(size);
        rightPane.area().setStyle(size);
        root.lookupAll("#match-list").forEach(n -> n.setStyle(size));
        root.lookupAll("#library-list").forEach(n -> n.setStyle(size));
    }

    private void applyTheme() {
        boolean dark = model.darkProperty().get();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("theme-dark");
        popOver.getStyleClass().remove("theme-dark");
        if (dark) {
            root.getStyleClass().add("theme-dark");
            popOver.getStyleClass().add("theme-dark");
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        Optional.ofNullable(model.library().folderProperty().get()).map(java.nio.file.Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.openFolder(chosen.toPath());
        }
    }

    public Parent root() {
        return root;
    }

    public ArticlePane pane(Side side) {
        return side == Side.LEFT ? leftPane : rightPane;
    }

    public ConnectorBand connectors() {
        return connectors;
    }

    public PopOver popOver() {
        return popOver;
    }
}
