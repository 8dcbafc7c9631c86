package app.parallax.ui.pair;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.compare.EmbeddingStore;
import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.Headless;
import app.parallax.ui.Production;
import app.parallax.ui.background.FxBackground;
import app.parallax.ui.corpus.CorpusRow;
import app.parallax.ui.corpus.CorpusSort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives who reports what in the real window: the seed articles, the real engine, an embedding cache of its own. */
class CorpusWindowTest {

    @TempDir
    static Path cache;
    private static String cacheBefore;
    private static GatedComparer engine;

    private final FxRobot robot = new FxRobot();
    private final ReaderWindowTest.FakeDialogs dialogs = new ReaderWindowTest.FakeDialogs();
    private Preferences node;
    private FxBackground background;
    private FxBackground files;
    private FxBackground corpusLane;
    private ReaderViewModel model;
    private ReaderWindow window;

    /** The production engine, whose corpus analysis a test can hold at its start until it is cancelled. */
    static final class GatedComparer implements Comparer {
        final Comparer real = Production.comparer();
        volatile CountDownLatch gate;
        volatile boolean interrupted;

        @Override
        public void warmUp() {
            real.warmUp();
        }

        @Override
        public Comparison compare(Article left, Article right, double minSimilarity) {
            return real.compare(left, right, minSimilarity);
        }

        @Override
        public double defaultMinSimilarity() {
            return real.defaultMinSimilarity();
        }

        @Override
        public Corpus analyse(List<Article> articles, Progress progress) {
            CountDownLatch waiting = gate;
            if (waiting != null) {
                try {
                    waiting.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                    throw new CancellationException("cancelled");
                }
            }
            return real.analyse(articles, progress);
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        cacheBefore = System.getProperty(EmbeddingStore.FOLDER_PROPERTY);
        System.setProperty(EmbeddingStore.FOLDER_PROPERTY, cache.toString());
        Headless.configure();
        FxToolkit.registerPrimaryStage();
        engine = new GatedComparer();
        engine.warmUp();
    }

    @AfterAll
    static void restore() {
        if (cacheBefore == null) {
            System.clearProperty(EmbeddingStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(EmbeddingStore.FOLDER_PROPERTY, cacheBefore);
        }
    }

    @BeforeEach
    void open() throws Exception {
        engine.gate = null;
        engine.interrupted = false;
        node = Preferences.userRoot().node("parallax-tests/corpus-" + UUID.randomUUID());
        background = new FxBackground();
        files = FxBackground.forFiles();
        corpusLane = FxBackground.forCorpus();
        model = new ReaderViewModel(Production.articles(), engine, background, files, corpusLane,
                new ReaderPreferences(node));
        FxToolkit.setupStage(stage -> {
            window = new ReaderWindow(model, dialogs);
            window.install(stage);
            stage.setWidth(1400);
            stage.setHeight(900);
            stage.show();
            stage.toFront();
        });
        fx(() -> {
            model.start(Path.of("articles"));
            return null;
        });
        await(() -> model.comparisonProperty().get() != null, "the first pair");
    }

    @AfterEach
    void close() throws Exception {
        if (engine.gate != null) {
            engine.gate.countDown();
        }
        if (FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.hideStage();
        }
        background.shutdown();
        files.shutdown();
        corpusLane.shutdown();
        node.removeNode();
    }

    @Test
    void ctrlMShowsTheMatrixWithTheKremlinQuoteOfFourSourcesFirst() {
        openCorpus();
        assertThat(fx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-corpus");
        CorpusRow first = fx(() -> matrix().getItems().get(0));
        assertThat(first.kind()).isEqualTo(CorpusRow.Kind.QUOTE);
        assertThat(first.sources()).isEqualTo(4);
        assertThat(first.gist().text())
                .isEqualTo("The American and NATO responses didn't take into account Russia's fundamental concerns");
        // One column per article, labelled by outlet (else file name); the row's cells filled but NRK's.
        assertThat(fx(() -> matrix().getColumns().stream().skip(3)
                .map(c -> ((javafx.scene.control.Label) c.getGraphic()).getText()).toList()))
                .containsExactly("AmericanPost.News", "001_959a71210dff82b1.txt", "002_5c5fe9bd41aa7a08.txt", "NRK Urix",
                        "The Moscow Times");
        assertThat(fx(() -> cellsOf(first).stream().map(c -> c.getText() != null).toList()))
                .containsExactly(true, true, true, false, true);
        assertThat(label("#corpus-summary")).isEqualTo("5 quote groups, 18 claim groups, 43 only in one source");
    }

    @Test
    void theSortTheOnlyInOneSourceFilterAndTheSearchChangeTheRows() {
        openCorpus();
        int all = fx(() -> matrix().getItems().size());
        fx(() -> {
            ((ChoiceBox<CorpusSort>) robot.lookup("#corpus-sort").query()).setValue(CorpusSort.FEWEST_SOURCES);
            return null;
        });
        assertThat(fx(() -> matrix().getItems().get(0).sources())).isEqualTo(1);
        assertThat(fx(() -> matrix().getItems().get(all - 1).sources())).isEqualTo(4);

        robot.clickOn("#corpus-only-one");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> matrix().getItems().size())).isEqualTo(43);
        assertThat(fx(() -> List.copyOf(matrix().getItems()))).allSatisfy(r -> {
            assertThat(r.sources()).isEqualTo(1);
            assertThat(r.kind()).isEqualTo(CorpusRow.Kind.ONLY_ONE);
        });
        robot.clickOn("#corpus-only-one");

        robot.clickOn("#corpus-search").write("integrity");
        WaitForAsyncUtils.waitForFxEvents();
        List<CorpusRow> found = fx(() -> List.copyOf(matrix().getItems()));
        assertThat(found).extracting(CorpusRow::id).containsExactlyInAnyOrder("q2", "q3", "q4");
        assertThat(label("#corpus-summary")).endsWith(" · showing 3");
    }

    @Test
    void clickingACellOpensThatPairWithThatExactPassageSelectedAndInView() {
        openCorpus();
        CorpusRow kremlin = fx(() -> matrix().getItems().get(0));
        CorpusMember of001 = kremlin.members().stream()
                .filter(m -> m.article().file().getFileName().toString().startsWith("001")).findFirst().orElseThrow();
        TableCell<?, ?> cell = fx(() -> cellsOf(kremlin).get(1));
        robot.clickOn(cell);
        await(() -> model.selectedProperty().get() != null, "the passage selected");
        assertThat(fx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-pair");
        assertThat(model.leftProperty().get()).isEqualTo(of001.article());
        assertThat(model.rightProperty().get()).isEqualTo(kremlin.gist().article());
        Match selected = model.selectedProperty().get();
        assertThat(selected.layer()).isEqualTo(Layer.QUOTES);
        assertThat(selected.left()).isEqualTo(of001.span());
        assertThat(selected.right()).isEqualTo(kremlin.gist().span());
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        assertThat(fx(() -> isOnScreen(Side.LEFT, of001.span()))).isTrue();
        assertThat(fx(() -> isOnScreen(Side.RIGHT, kremlin.gist().span()))).isTrue();
    }

    @Test
    void clickingAHeatMapCellOpensThatPair() {
        openCorpus();
        robot.clickOn("#corpus-show-heat-map");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#heat-0-4")).isEqualTo("8");
        assertThat(label("#heat-3-4")).isEqualTo("0");
        robot.clickOn("#heat-1-2");
        await(() -> model.comparisonProperty().get() != null
                && model.leftProperty().get().file().getFileName().toString().startsWith("001")
                && model.rightProperty().get().file().getFileName().toString().startsWith("002"), "the pair 001 | 002");
        assertThat(fx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-pair");
    }

    @Test
    void cancelStopsTheAnalysisWhileThePairViewStaysUsable() {
        engine.gate = new CountDownLatch(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        await(() -> model.corpus().analysingProperty().get(), "the analysis started");
        assertThat(fx(() -> robot.lookup("#corpus-cancel").query().isVisible())).isTrue();
        // Meanwhile another pair is compared on the pair view's own lane.
        fx(() -> {
            model.showRight(model.library().articles().get(3));
            return null;
        });
        await(() -> model.comparisonProperty().get() != null
                && model.comparisonProperty().get().right() == model.library().articles().get(3), "a pair meanwhile");
        robot.clickOn("#corpus-cancel");
        await(() -> engine.interrupted, "the analysis interrupted");
        assertThat(label("#corpus-status")).isEqualTo("Analysis cancelled");
        assertThat(model.corpus().analysingProperty().get()).isFalse();
        assertThat(model.corpus().corpusProperty().get()).isNull();
        assertThat(fx(() -> robot.lookup("#corpus-analyse").query().isVisible())).isTrue();
    }

    @Test
    void exportWritesOnePageWithTheMatrixAndTheHeatMap(@TempDir Path out) throws Exception {
        openCorpus();
        dialogs.saveTo = out.resolve("who.html");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> Files.exists(dialogs.saveTo) && label("#corpus-status").startsWith("Saved"), "the page written");
        String html = Files.readString(dialogs.saveTo);
        assertThat(html).contains("<table class=\"quotes\">", "<table class=\"claims\">", "<table class=\"heat\">",
                "The American and NATO responses didn't take into account Russia's fundamental concerns");
        assertThat(label("#corpus-status")).isEqualTo("Saved who reports what to who.html");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void openCorpus() {
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        await(() -> model.corpus().corpusProperty().get() != null, "the corpus");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<CorpusRow> matrix() {
        return (TableView<CorpusRow>) robot.lookup("#corpus-matrix").query();
    }

    private TabPane tabs() {
        return robot.lookup("#view-tabs").queryAs(TabPane.class);
    }

    /** The row's source cells on screen, in column order. */
    private List<TableCell<?, ?>> cellsOf(CorpusRow row) {
        matrix().layout();
        List<TableCell<?, ?>> cells = new java.util.ArrayList<>();
        for (Node n : robot.lookup(".corpus-cell").queryAll()) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            if (c.isVisible() && c.getTableRow() != null && c.getTableRow().getItem() == row) {
                cells.add(c);
            }
        }
        cells.sort(java.util.Comparator.comparingInt(c -> matrix().getColumns().indexOf(c.getTableColumn())));
        return cells;
    }

    private boolean isOnScreen(Side side, Span span) {
        var area = window.pane(side).area();
        Bounds view = area.localToScreen(area.getLayoutBounds());
        return area.getCharacterBoundsOnScreen(span.start(), span.end())
                .filter(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()).isPresent();
    }

    private String label(String id) {
        return fx(() -> ((javafx.scene.control.Labeled) robot.lookup(id).query()).getText());
    }

    private static void await(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited in vain for " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
