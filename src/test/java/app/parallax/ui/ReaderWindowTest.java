package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real reader window, with the real article library, the real engine and the seed articles. */
class ReaderWindowTest {

    private static final String KREMLIN_000 = "the US and NATO responses did not take into account Russia’s main concerns";
    private static final String KREMLIN_004 =
            "The American and NATO responses didn't take into account Russia's fundamental concerns";

    private static Comparer engine;

    private final FxRobot robot = new FxRobot();
    private Preferences node;
    private FxBackground background;
    private ReaderViewModel model;
    private ReaderWindow window;

    @BeforeAll
    static void toolkit() throws Exception {
        Headless.configure();
        FxToolkit.registerPrimaryStage();
        engine = Production.comparer();
        engine.warmUp();
    }

    @BeforeEach
    void open() throws Exception {
        node = Preferences.userRoot().node("parallax-tests/window-" + UUID.randomUUID());
        background = new FxBackground();
        model = new ReaderViewModel(Production.articles(), engine, background, new ReaderPreferences(node));
        FxToolkit.setupStage(stage -> {
            window = new ReaderWindow(model);
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
        awaitAnalysis();
    }

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            fx(() -> {
                window.popOver().hide();
                return null;
            });
            FxToolkit.hideStage();
            fx(() -> {
                model.darkProperty().set(false);
                return null;
            });
        }
        background.shutdown();
        node.removeNode();
    }

    @Test
    void theLibraryListsTheFiveSeeds() {
        assertThat(model.library().articles()).hasSize(5);
        List<String> files = fx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null)
                .map(c -> ((Article) c.getItem()).file().getFileName().toString().substring(0, 3))
                .toList());
        assertThat(files).containsExactly("000", "001", "002", "003", "004");
        assertThat(model.library().problems()).isEmpty();
    }

    @Test
    void clickAndCtrlClickInTheLibraryShow000And004() {
        choose000And004();
        assertThat(fx(() -> area(Side.LEFT).getText())).isEqualTo(article("000").text());
        assertThat(fx(() -> area(Side.RIGHT).getText())).isEqualTo(article("004").text());
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#left-title").query()).getText()))
                .isEqualTo(article("000").title());
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#right-title").query()).getText()))
                .isEqualTo(article("004").title());
        assertThat(model.preferences().pair()).hasValueSatisfying(p ->
                assertThat(p.right().getFileName().toString()).startsWith("004"));
    }

    @Test
    void theKremlinQuoteIsHighlightedAtExactlyItsWordsOnBothSides() {
        choose000And004();
        assertExactly(Side.LEFT, "hl-quote", KREMLIN_000);
        assertExactly(Side.RIGHT, "hl-quote", KREMLIN_004);
    }

    @Test
    void clickingTheQuoteSelectsItsCounterpartAndShowsWhyItMatched() {
        choose000And004();
        Span left = spanOf(Side.LEFT, KREMLIN_000);
        Span right = spanOf(Side.RIGHT, KREMLIN_004);
        clickOnText(Side.LEFT, left);

        Match selected = model.selectedProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.layer()).isEqualTo(Layer.QUOTES);
        assertThat(selected.left()).isEqualTo(left);
        assertThat(selected.right()).isEqualTo(right);
        assertExactly(Side.RIGHT, StylePainter.SELECTED, KREMLIN_004);
        assertThat(fx(() -> isOnScreen(Side.RIGHT, right))).isTrue();
        assertThat(fx(() -> window.popOver().isShowing())).isTrue();
        assertThat(fx(() -> ((javafx.scene.control.Label) window.popOver().getContentNode().lookup(".match-card-title"))
                .getText())).startsWith("Quote · ").endsWith("% similar");
        ConnectorBand.Band band = fx(() -> window.connectors().drawn().get(window.connectors().drawn().size() - 1));
        assertThat(band.match()).isEqualTo(selected);
    }

    @Test
    void hoveringOverAQuoteShowsWhyItMatchedWithoutSelectingIt() {
        choose000And004();
        Span right = spanOf(Side.RIGHT, KREMLIN_004);
        fx(() -> {
            window.pane(Side.RIGHT).reveal(right);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = fx(() -> area(Side.RIGHT).getCharacterBoundsOnScreen(right.start() + 8, right.start() + 9).orElseThrow());
        robot.moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        robot.sleep(900);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.popOver().isShowing())).isTrue();
        Node diff = fx(() -> window.popOver().getContentNode().lookup("#diff"));
        assertThat(diff).isNotNull();
        List<String> deleted = fx(() -> diff.lookupAll(".diff-deleted").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
        List<String> inserted = fx(() -> diff.lookupAll(".diff-inserted").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
        assertThat(String.join(" ", deleted)).contains("main");
        assertThat(String.join(" ", inserted)).contains("fundamental");
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void clickingAMatchInTheRightPaneSelectsItAndScrollsTheLeftOneToItsCounterpart() {
        choose000And004();
        Match last = fx(() -> model.matches().get(model.matches().size() - 1));
        clickOnText(Side.RIGHT, last.right());
        Match selected = model.selectedProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.right().start()).isLessThanOrEqualTo(last.right().start() + 5);
        assertThat(selected.right().end()).isGreaterThan(last.right().start() + 5);
        assertThat(fx(() -> isOnScreen(Side.LEFT, selected.left()))).isTrue();
        assertExactly(Side.LEFT, StylePainter.SELECTED, selected.left().text());
    }

    @Test
    void f8AndShiftF8WalkTheMatchesInTheOrderOfTheLeftArticle() {
        choose000And004();
        List<Match> matches = fx(() -> List.copyOf(model.matches()));
        assertThat(matches).hasSizeGreaterThan(2);
        assertThat(matches).extracting(m -> m.left().start()).isSorted();
        robot.type(KeyCode.F8);
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(0));
        robot.type(KeyCode.F8);
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(1));
        robot.clickOn("#next-match");
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(2));
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(1));
        robot.clickOn("#previous-match");
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(0));
        Object listed = fx(() -> ((javafx.scene.control.TableView<?>) robot.lookup("#match-list").query())
                .getSelectionModel().getSelectedItem());
        assertThat(listed).isEqualTo(matches.get(0));
    }

    @Test
    void turningALayerOffRemovesItsHighlights() {
        choose000And004();
        assertThat(count(Side.LEFT, "hl-phrase") + count(Side.LEFT, "hl-unique")).isPositive();
        robot.clickOn("#layer-phrases");
        robot.clickOn("#layer-unique");
        assertThat(count(Side.LEFT, "hl-phrase")).isZero();
        assertThat(count(Side.RIGHT, "hl-phrase")).isZero();
        assertThat(count(Side.LEFT, "hl-unique")).isZero();
        assertThat(model.matches()).noneMatch(m -> m.layer() == Layer.PHRASES);
        robot.clickOn("#layer-phrases");
        assertThat(count(Side.LEFT, "hl-phrase")).isPositive();
    }

    @Test
    void lockedScrollingMovesTheOtherPaneAlong() {
        choose000And004();
        robot.clickOn("#lock-scroll");
        double before = fx(() -> area(Side.RIGHT).getEstimatedScrollY());
        fx(() -> {
            area(Side.LEFT).scrollYBy(300);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area(Side.RIGHT).getEstimatedScrollY())).isGreaterThan(before);
    }

    @Test
    void theThemeToggleSwitchesBetweenLightAndDark() {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(window.root().getStyleClass()).contains("theme-dark");
        assertThat(model.preferences().dark()).isTrue();
        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(window.root().getStyleClass()).doesNotContain("theme-dark");
    }

    @Test
    void zoomKeysChangeTheTextSize() {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(model.fontSizeProperty().get()).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE + 2);
        assertThat(fx(() -> area(Side.LEFT).getStyle())).contains("-fx-font-size: 17.0px");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(model.fontSizeProperty().get()).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private void choose000And004() {
        robot.clickOn(cell("000"));
        robot.press(KeyCode.CONTROL).clickOn(cell("004")).release(KeyCode.CONTROL);
        assertThat(model.leftProperty().get().file().getFileName().toString()).startsWith("000");
        assertThat(model.rightProperty().get().file().getFileName().toString()).startsWith("004");
        awaitAnalysis();
    }

    private Node cell(String prefix) {
        return fx(() -> robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null
                        && ((Article) c.getItem()).file().getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow());
    }

    private Article article(String prefix) {
        return model.library().articles().stream()
                .filter(a -> a.file().getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private void awaitAnalysis() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null
                    && model.comparisonProperty().get().left() == model.leftProperty().get()
                    && model.comparisonProperty().get().right() == model.rightProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the analysis did not finish: " + model.analysisStatusProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area(Side side) {
        return window.pane(side).area();
    }

    private Span spanOf(Side side, String words) {
        String text = model.articleProperty(side).get().text();
        int at = text.indexOf(words);
        assertThat(at).as("'%s' in the %s article", words, side).isNotNegative();
        return Span.of(text, at, at + words.length());
    }

    /** Every character of the words carries the style class; the characters just outside do not. */
    private void assertExactly(Side side, String styleClass, String words) {
        Span span = spanOf(side, words);
        List<Collection<String>> inside = fx(() -> {
            List<Collection<String>> styles = new ArrayList<>();
            for (int i = span.start(); i < span.end(); i++) {
                styles.add(area(side).getStyleOfChar(i));
            }
            return styles;
        });
        assertThat(inside).as("%s on '%s'", styleClass, words).allSatisfy(s -> assertThat(s).contains(styleClass));
        assertThat(fx(() -> area(side).getStyleOfChar(span.start() - 1))).doesNotContain(styleClass);
        assertThat(fx(() -> area(side).getStyleOfChar(span.end()))).doesNotContain(styleClass);
    }

    private int count(Side side, String styleClass) {
        return fx(() -> {
            int n = 0;
            for (var s : area(side).getStyleSpans(0, area(side).getLength())) {
                if (s.getStyle().contains(styleClass)) {
                    n += s.getLength();
                }
            }
            return n;
        });
    }

    private void clickOnText(Side side, Span span) {
        fx(() -> {
            window.pane(side).reveal(span);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = fx(() -> area(side).getCharacterBoundsOnScreen(span.start() + 5, span.start() + 6).orElseThrow());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean isOnScreen(Side side, Span span) {
        Bounds view = area(side).localToScreen(area(side).getLayoutBounds());
        return area(side).getCharacterBoundsOnScreen(span.start(), span.end())
                .filter(b -> b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY()).isPresent();
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
