package app.parallax.ui.pair;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.corpus.CorpusView;
import app.parallax.ui.library.ClipboardPaste;
import app.parallax.ui.library.FileDrop;
import app.parallax.ui.library.LibraryView;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The reader window: menu bar, toolbar and legend above; library on the left; two reading panes joined by
 * connector bands, each with an overview ruler; the match list with the docked details card below; the
 * status bar at the bottom. Views only; state and commands live in {@link ReaderViewModel}.
 */
public final class ReaderWindow implements ReaderMenus.Commands {

    static final String STYLESHEET = Objects.requireNonNull(
            ReaderWindow.class.getResource("/app/parallax/ui/reader.css")).toExternalForm();
    /** The theme's base font size, which the whole window's zoom multiplies. */
    private static final double BASE_FONT_SIZE = 14;

    private final ReaderViewModel model;
    private final ReaderDialogs dialogs;
    private final ArticlePane leftPane;
    private final ArticlePane rightPane;
    private final ConnectorBand connectors;
    private final BorderPane root = new BorderPane();
    private final MatchDetails details;
    private final SearchBar searchBar;
    private final SplitPane main;
    private final Node library;
    private final CorpusView corpusView;
    private final ToggleButton lockScroll = new ToggleButton("Lock scrolling");
    private boolean syncingScroll;
    private Stage stage;
    private Alert dialog;

    public ReaderWindow(ReaderViewModel model) {
        this(model, ReaderDialogs.SYSTEM);
    }

    public ReaderWindow(ReaderViewModel model, ReaderDialogs dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        this.leftPane = new ArticlePane(Side.LEFT, model);
        this.rightPane = new ArticlePane(Side.RIGHT, model);
        this.connectors = new ConnectorBand(model, leftPane.area(), rightPane.area());
        this.details = new MatchDetails(model);
        this.searchBar = new SearchBar(model.search(), this::closeSearch);
        root.setId("reader");
        root.getStylesheets().add(STYLESHEET);

        HBox panes = new HBox(leftPane, connectors, rightPane);
        panes.setId("panes");
        leftPane.setPrefWidth(100);
        rightPane.setPrefWidth(100);
        MatchTable table = new MatchTable(model);
        SplitPane below = new SplitPane(table, details);
        below.setDividerPositions(0.62);
        SplitPane centre = new SplitPane(panes, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.7);

        library = new LibraryView(model, this::openFolder);
        corpusView = new CorpusView(model.corpus(), model.scaleProperty());
        main = new SplitPane(library, views(centre));
        main.setDividerPositions(0.2);
        SplitPane.setResizableWithParent(library, false);

        LegendBar legend = new LegendBar(model);
        legend.visibleProperty().bind(model.corpus().showingProperty().not()); // the pair's layers; room for the matrix
        legend.managedProperty().bind(legend.visibleProperty());
        root.setTop(new VBox(ReaderMenus.create(model, this), toolBar(), legend, searchBar, noticeBar()));
        root.setCenter(main);
        root.setBottom(new StatusBar(model));

        bindPanes();
        FileDrop.install(leftPane, model.library(), model::showLeft);
        FileDrop.install(rightPane, model.library(), model::showRight);
        bindFollowing(leftPane);
        bindFollowing(rightPane);
        bindAlignedScrolling();
        model.scaleProperty().addListener((o, was, now) -> applyScale());
        applyScale();
        model.darkProperty().addListener((o, was, now) -> applyTheme());
        applyTheme();
        model.presentationProperty().addListener((o, was, now) -> applyPresentation(now));
        applyPresentation(model.presentationProperty().get());
        root.addEventFilter(ScrollEvent.SCROLL, this::zoomByWheel);
    }

    /** The pair view and, on a tab beside it, who reports what across the library (View menu, Ctrl+M). */
    private TabPane views(Node pair) {
        Tab pairTab = new Tab("Pair", pair);
        pairTab.setId("tab-pair");
        Tab corpusTab = new Tab("Who reports what", corpusView);
        corpusTab.setId("tab-corpus");
        TabPane tabs = new TabPane(pairTab, corpusTab);
        tabs.setId("view-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var showing = model.corpus().showingProperty();
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showing.set(now == corpusTab));
        showing.addListener((o, was, now) -> tabs.getSelectionModel().select(now ? corpusTab : pairTab));
        return tabs;
    }

    /** Puts the window into a stage: scene, keys, remembered size. */
    public void install(Stage stage) {
        this.stage = stage;
        ReaderPreferences prefs = model.preferences();
        Scene scene = new Scene(root, prefs.widthOr(1440), prefs.heightOr(900));
        var keys = scene.getAccelerators();
        // Zoom is caught before any accelerator, once per key press, in all its spellings: Ctrl with "+" is
        // Ctrl+Shift+= on a US keyboard and Ctrl+"+" elsewhere, and the keypad has its own keys.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::zoomByKey);
        keys.put(new KeyCodeCombination(KeyCode.F3), () -> model.search().next());
        keys.put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> model.search().previous());
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), this::escape);
        stage.setScene(scene);
        stage.setTitle("Parallax");
        stage.setOnHidden(e -> {
            model.corpus().cancel();
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

    /** Looser ◀ slider ▶ Stricter: the bar for a shared claim; the status bar says where it stands. */
    private HBox strictness() {
        Slider slider = new Slider(ReaderViewModel.LOOSEST, ReaderViewModel.STRICTEST, model.minSimilarityProperty().get());
        slider.setId("strictness");
        slider.setMajorTickUnit(0.1);
        slider.setMinorTickCount(1);
        slider.setBlockIncrement(ReaderViewModel.STRICTNESS_STEP);
        slider.setSnapToTicks(true);
        slider.prefWidthProperty().bind(model.scaleProperty().multiply(110));
        slider.valueProperty().bindBidirectional(model.minSimilarityProperty());
        Tooltip why = new Tooltip("How similar two passages must be to count as a shared claim. Stricter: fewer "
                + "claims, more \"possibly the same\". Looser: more claims. (View menu: Ctrl+] / Ctrl+[)");
        slider.setTooltip(why);
        Label looser = new Label("Looser");
        Label stricter = new Label("Stricter");
        for (Label l : List.of(looser, stricter)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.getStyleClass().add("strictness-end");
            l.setTooltip(why);
        }
        HBox box = new HBox(4, looser, slider, stricter);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private ToolBar toolBar() {
        Button swap = button("⇄ Swap", "swap", "Swap the two articles", model::swap);
        Button previous = button("◀ Previous", "previous-match", "Previous match (Shift+F8)", model::selectPrevious);
        Button next = button("Next ▶", "next-match", "Next match (F8)", model::selectNext);
        Label position = new Label();
        position.setId("match-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(model.positionProperty());
        Button unique = button("Only here ▶", "next-unique", "Next passage only in one article (F9)",
                model::selectNextUnique);
        lockScroll.setId("lock-scroll");
        lockScroll.setTooltip(new Tooltip("Scroll both panes together, aligned on the match in the middle"));
        Button smaller = button("A−", "zoom-out", "Smaller (Ctrl+minus; Ctrl+0 resets)", model::zoomOut);
        Button larger = button("A+", "zoom-in", "Larger (Ctrl+plus; Ctrl+0 resets)", model::zoomIn);
        ToggleButton present = new ToggleButton("Present");
        present.setId("presentation-toggle");
        present.setTooltip(new Tooltip("Presentation mode: everything larger, projector colours (F5; Esc leaves)"));
        present.selectedProperty().bindBidirectional(model.presentationProperty());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-toggle");
        dark.setTooltip(new Tooltip("Dark theme"));
        dark.selectedProperty().bindBidirectional(model.darkProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(swap, new Separator(), previous, position, next, unique, new Separator(), lockScroll,
                new Separator(), strictness(), gap, smaller, larger, present, dark);
        bar.setId("tool-bar");
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
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
        model.search().hitsProperty().addListener((o, was, now) -> repaint());
        model.search().currentProperty().addListener((o, was, now) -> {
            repaint();
            if (now != null) {
                pane(now.side()).reveal(now.span());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            repaint();
            if (now != null) {
                revealBoth(now);
            }
        });
    }

    /** Both passages of a match fully in view (each pane scrolls only if its passage is not). */
    private void revealBoth(Match m) {
        syncingScroll = true;
        try {
            leftPane.reveal(m.left());
            rightPane.reveal(m.right());
        } finally {
            syncingScroll = false;
        }
        // Scrolling settles over a pulse; keep the lock from pulling a pane away from its passage meanwhile.
        Platform.runLater(() -> {
            syncingScroll = true;
            try {
                leftPane.reveal(m.left());
                rightPane.reveal(m.right());
            } finally {
                syncingScroll = false;
            }
        });
    }

    private void repaint() {
        Highlights h = model.highlightsProperty().get();
        Match selected = model.selectedProperty().get();
        SearchViewModel.Hit current = model.search().currentProperty().get();
        for (ArticlePane pane : List.of(leftPane, rightPane)) {
            Side side = pane.side();
            List<StylePainter.Overlay> overlays = new ArrayList<>();
            if (selected != null && selected.isOn(side)) {
                overlays.add(new StylePainter.Overlay(selected.span(side), StylePainter.SELECTED));
            }
            for (Span hit : model.search().hits(side)) {
                overlays.add(new StylePainter.Overlay(hit, StylePainter.SEARCH_HIT));
            }
            if (current != null && current.side() == side) {
                overlays.add(new StylePainter.Overlay(current.span(), StylePainter.CURRENT_HIT));
            }
            pane.paint(StylePainter.paintWith(pane.area().getLength(), h.marks().get(side), model.shownLayers(), overlays));
        }
    }

    /** Click a highlighted passage to select its match; rest the mouse on one to see why it matched. */
    private void bindFollowing(ArticlePane pane) {
        StyleClassedTextArea area = pane.area();
        area.setOnMouseClicked(e -> {
            if (!e.isStillSincePress()) {
                return;
            }
            area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i ->
                    model.matchAt(pane.side(), i).ifPresent(model::select));
        });
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(600));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e ->
                model.matchAt(pane.side(), e.getCharacterIndex()).ifPresent(details::hover));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> details.hover(null));
    }

    /**
     * With the lock on, scrolling one pane brings the counterpart of the match nearest its middle to the same
     * height in the other (as Meld aligns on changes); with no match in view, the same relative position.
     */
    private void bindAlignedScrolling() {
        follow(leftPane, rightPane);
        follow(rightPane, leftPane);
    }

    private void follow(ArticlePane from, ArticlePane to) {
        from.area().estimatedScrollYProperty().addListener((o, was, now) -> {
            if (!lockScroll.isSelected() || syncingScroll) {
                return;
            }
            syncingScroll = true;
            try {
                if (!align(from, to)) {
                    double range = from.scrollRange();
                    double fraction = range <= 0 ? 0 : now / range;
                    to.area().scrollYToPixel(Math.max(0, fraction * to.scrollRange()));
                }
            } finally {
                syncingScroll = false;
            }
        });
    }

    private boolean align(ArticlePane from, ArticlePane to) {
        Bounds view = from.area().localToScreen(from.area().getLayoutBounds());
        Bounds other = to.area().localToScreen(to.area().getLayoutBounds());
        if (view == null || other == null) {
            return false;
        }
        Side side = from.side();
        Match nearest = null;
        double nearestOffset = 0;
        for (Match m : model.matches()) {
            if (m.onlyIn().isPresent()) {
                continue;
            }
            Span s = m.span(side);
            Optional<Bounds> b = from.area().getCharacterBoundsOnScreen(s.start(), Math.min(s.end(), from.area().getLength()));
            if (b.isEmpty() || b.get().getMaxY() < view.getMinY() || b.get().getMinY() > view.getMaxY()) {
                continue;
            }
            double offset = b.get().getCenterY() - view.getMinY();
            if (nearest == null || Math.abs(offset - view.getHeight() / 2) < Math.abs(nearestOffset - view.getHeight() / 2)) {
                nearest = m;
                nearestOffset = offset;
            }
        }
        if (nearest == null) {
            return false;
        }
        Span counterpart = nearest.span(to.side());
        Optional<Bounds> there = to.area().getCharacterBoundsOnScreen(counterpart.start(),
                Math.min(counterpart.end(), to.area().getLength()));
        if (there.isEmpty()) {
            to.reveal(counterpart);
            to.area().layout();
            there = to.area().getCharacterBoundsOnScreen(counterpart.start(),
                    Math.min(counterpart.end(), to.area().getLength()));
        }
        if (there.isEmpty()) {
            return false;
        }
        to.area().scrollYBy(there.get().getCenterY() - other.getMinY() - nearestOffset);
        return true;
    }

    private void zoomByKey(javafx.scene.input.KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCode()) {
            case EQUALS, PLUS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case DIGIT0, NUMPAD0 -> model.resetZoom();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void zoomByWheel(ScrollEvent e) {
        if (e.isShortcutDown() && e.getDeltaY() != 0) {
            if (e.getDeltaY() > 0) {
                model.zoomIn();
            } else {
                model.zoomOut();
            }
            e.consume();
        }
    }

    private void applyScale() {
        double scale = model.scaleProperty().get();
        root.setStyle("-fx-font-size: " + BASE_FONT_SIZE * scale + "px;");
        leftPane.textSize(model.textSize());
        rightPane.textSize(model.textSize());
    }

    private void applyTheme() {
        boolean dark = model.darkProperty().get();
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("theme-dark");
        if (dark) {
            root.getStyleClass().add("theme-dark");
        }
    }

    /** Presentation: the library makes room, projector colours, everything scaled (see the view-model's scale). */
    private void applyPresentation(boolean on) {
        root.getStyleClass().remove("presentation");
        if (on) {
            root.getStyleClass().add("presentation");
            main.getItems().remove(library);
        } else if (!main.getItems().contains(library)) {
            main.getItems().add(0, library);
            main.setDividerPositions(0.2);
        }
    }

    private void escape() {
        if (searchBar.isOpen()) {
            closeSearch();
        } else if (model.presentationProperty().get()) {
            model.presentationProperty().set(false);
        } else if (model.corpus().showingProperty().get()) {
            model.corpus().showingProperty().set(false);
        }
    }

    private void closeSearch() {
        model.search().clear();
        searchBar.setVisible(false);
        searchBar.setManaged(false);
        leftPane.area().requestFocus();
    }

    // ---- commands of the menus -----------------------------------------------------------------------------

    private Optional<Path> folder() {
        return Optional.ofNullable(model.library().folderProperty().get());
    }

    @Override
    public void openFolder() {
        dialogs.chooseFolder(stage, folder()).ifPresent(model::openFolder);
    }

    @Override
    public void openFiles() {
        List<Path> files = dialogs.chooseFiles(stage, folder());
        if (!files.isEmpty()) {
            model.openFiles(files);
        }
    }

    @Override
    public void pasteArticle() {
        ClipboardPaste.paste(model.library());
    }

    @Override
    public void exportHtml() {
        if (model.comparisonProperty().get() == null) {
            model.tell("There is no comparison to export yet: choose two articles first.");
            return;
        }
        String name = stem(model.leftProperty().get()) + "-vs-" + stem(model.rightProperty().get()) + ".html";
        dialogs.chooseSaveTarget(stage, folder(), name).ifPresent(model::exportHtml);
    }

    @Override
    public void exportCorpus() {
        if (model.corpus().corpusProperty().get() == null) {
            model.tell("There is nothing to export yet: open Who reports what (Ctrl+M) and let its analysis finish.");
            return;
        }
        dialogs.chooseSaveTarget(stage, folder(), "who-reports-what.html").ifPresent(model.corpus()::exportHtml);
    }

    private static String stem(Article a) {
        String file = a.file().getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    @Override
    public void print() {
        if (model.comparisonProperty().get() == null) {
            model.tell("There is nothing to print yet: choose two articles first.");
            return;
        }
        Optional<PrinterJob> job = dialogs.printerJob();
        if (job.isEmpty()) {
            model.tell("No printer is set up on this computer. Export the comparison as HTML (Ctrl+E) and print "
                    + "that page instead.");
            return;
        }
        PrinterJob printer = job.get();
        if (!printer.showPrintDialog(stage)) {
            return;
        }
        PageLayout page = printer.getJobSettings().getPageLayout();
        boolean printed = true;
        for (Node p : new PrintLayout(page.getPrintableWidth(), page.getPrintableHeight()).pages(model)) {
            printed &= printer.printPage(p);
        }
        if (printed) {
            printer.endJob();
        } else {
            printer.cancelJob();
            model.tell("Printing failed: the printer did not accept a page.");
        }
    }

    @Override
    public void quit() {
        if (stage != null) {
            stage.close();
        }
        Platform.exit();
    }

    @Override
    public void find() {
        searchBar.open();
    }

    @Override
    public void copyMatch() {
        Match m = model.selectedProperty().get();
        if (m == null) {
            model.tell("Select a match first (click a highlighted passage or press F8), then copy it.");
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(MatchText.of(m, model.leftProperty().get(), model.rightProperty().get()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void showShortcuts() {
        TextArea list = new TextArea(Shortcuts.asText());
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Shortcuts.ALL.size() + 1);
        list.setId("shortcut-list");
        show("Keyboard shortcuts", list);
    }

    @Override
    public void showAbout() {
        Label text = new Label(version() + "\n\nCompares how two news articles report one event: the same quotes, "
                + "shared claims, word-for-word phrases, figures that differ and what only one outlet says.\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version"));
        text.setWrapText(true);
        text.setId("about-text");
        show("About Parallax", text);
    }

    static String version() {
        return "Parallax " + app.parallax.cli.ParallaxVersion.version();
    }

    private void show(String title, Node content) {
        if (dialog != null) {
            dialog.close();
        }
        dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        if (stage != null) {
            dialog.initOwner(stage);
        }
        dialog.show();
    }

    // ---- for tests and the screenshot command --------------------------------------------------------------

    /** The Help dialog on show, if any. */
    Optional<Alert> dialog() {
        return Optional.ofNullable(dialog).filter(Alert::isShowing);
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

    CorpusView corpusView() {
        return corpusView;
    }

    MatchDetails details() {
        return details;
    }

    ToggleButton lockScroll() {
        return lockScroll;
    }
}
