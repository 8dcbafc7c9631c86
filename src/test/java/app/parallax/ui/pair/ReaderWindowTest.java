package app.parallax.ui.pair;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.Article;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.Headless;
import app.parallax.ui.Production;
import app.parallax.ui.background.FxBackground;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
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
import org.junit.jupiter.api.io.TempDir;
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
    private final FakeDialogs dialogs = new FakeDialogs();

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
        awaitAnalysis();
    }

    @AfterEach
    void close() throws Exception {
        if (FxToolkit.isFXApplicationThreadRunning()) {
            fx(() -> {
                window.dialog().ifPresent(javafx.scene.control.Dialog::close);
                return null;
            });
            FxToolkit.hideStage();
            fx(() -> {
                model.darkProperty().set(false);
                model.presentationProperty().set(false);
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
        assertThat(fx(() -> isOnScreen(Side.LEFT, left))).isTrue();
        assertThat(fx(() -> ((javafx.scene.control.Label) window.details().lookup(".match-card-title"))
                .getText())).startsWith("Quote · ").endsWith("% similar");
        // The card is docked beside the list: it covers neither passage.
        Bounds card = fx(() -> window.details().localToScreen(window.details().getLayoutBounds()));
        for (Side side : Side.values()) {
            Span s = selected.span(side);
            Bounds passage = fx(() -> area(side).getCharacterBoundsOnScreen(s.start(), s.end()).orElseThrow());
            assertThat(card.intersects(passage)).as("card over the %s passage", side).isFalse();
        }
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
        Node diff = fx(() -> window.details().lookup("#diff"));
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
        Match last = fx(() -> model.matches().stream().filter(m -> m.onlyIn().isEmpty())
                .reduce((a, b) -> b).orElseThrow());
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
        assertThat(label("#match-position")).isEqualTo("Match 1 of " + matches.size());
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(matches.size() - 1));
        assertThat(label("#match-position")).isEqualTo("Match " + matches.size() + " of " + matches.size());
        robot.type(KeyCode.F8);
        assertThat(model.selectedProperty().get()).isEqualTo(matches.get(0));
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
    void turningALayerOnOrOffKeepsTheSelectionAndWherePanesAre() {
        choose000And004();
        Span right = spanOf(Side.RIGHT, KREMLIN_004);
        clickOnText(Side.RIGHT, right);
        Match selected = model.selectedProperty().get();
        int leftTop = fx(() -> window.pane(Side.LEFT).topOffset());
        int rightTop = fx(() -> window.pane(Side.RIGHT).topOffset());
        assertThat(rightTop).isPositive();
        robot.clickOn("#layer-claims");
        robot.clickOn("#layer-unique");
        robot.clickOn("#layer-claims");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get()).isEqualTo(selected);
        // The same place: the same line of text at the top (a line holds well under 100 characters).
        assertThat(fx(() -> window.pane(Side.LEFT).topOffset())).isCloseTo(leftTop, org.assertj.core.data.Offset.offset(100));
        assertThat(fx(() -> window.pane(Side.RIGHT).topOffset())).isCloseTo(rightTop, org.assertj.core.data.Offset.offset(100));
        assertThat(fx(() -> window.pane(Side.RIGHT).isFullyVisible(selected.right()))).isTrue();
        assertExactly(Side.RIGHT, StylePainter.SELECTED, KREMLIN_004);
    }

    @Test
    void lockedScrollingBringsTheCounterpartOfTheMiddleMatchToTheSameHeight() {
        choose000And004();
        // Quotes only: the Kremlin quote is then the match at the middle, not a claim next to it.
        for (String layer : List.of("#layer-claims", "#layer-phrases", "#layer-unique")) {
            robot.clickOn(layer);
        }
        robot.clickOn("#lock-scroll");
        Span left = spanOf(Side.LEFT, KREMLIN_000);
        Span right = spanOf(Side.RIGHT, KREMLIN_004);
        // Put the Kremlin quote a little above the left pane's middle by scrolling the left pane only.
        fx(() -> {
            window.pane(Side.LEFT).reveal(left);
            return null;
        });
        fx(() -> {
            area(Side.LEFT).scrollYBy(40);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double leftCentre = fx(() -> centreY(Side.LEFT, left));
        double rightCentre = fx(() -> centreY(Side.RIGHT, right));
        assertThat(rightCentre).isCloseTo(leftCentre, org.assertj.core.data.Offset.offset(3.0));
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
    void zoomKeysAndTheWheelScaleTheWholeWindowInTenPercentStepsKeepingThePlace() {
        choose000And004();
        fx(() -> {
            area(Side.LEFT).showParagraphAtTop(8);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int top = fx(() -> window.pane(Side.LEFT).topOffset());
        assertThat(top).isPositive();
        double legendFont = fx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#layer-quotes").query()).getFont().getSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(model.zoomProperty().get()).isEqualTo(1.1);
        // Ctrl with "+" on a US keyboard is Ctrl+Shift+=.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model.zoomProperty().get()).isEqualTo(1.25);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> area(Side.LEFT).getStyle())).contains("-fx-font-size: " + 15 * 1.25 + "px");
        assertThat(fx(() -> ((javafx.scene.control.CheckBox) robot.lookup("#layer-quotes").query()).getFont().getSize()))
                .isCloseTo(legendFont * 1.25, org.assertj.core.data.Offset.offset(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        // The reading position stays: the same line of text at the top (a line is well under 100 characters).
        assertThat(fx(() -> window.pane(Side.LEFT).topOffset())).isCloseTo(top, org.assertj.core.data.Offset.offset(100));
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(model.zoomProperty().get()).isEqualTo(1.1);
        robot.moveTo("#left-text");
        robot.moveTo("#left-text");
        // Ctrl+wheel moves two zoom steps; which way the headless robot's "up" turns out differs by platform.
        robot.press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertThat(model.zoomProperty().get()).isIn(0.9, 1.4);
        robot.scroll(2, javafx.geometry.VerticalDirection.UP);
        assertThat(model.zoomProperty().get()).as("a wheel without Ctrl only scrolls").isIn(0.9, 1.4);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void possiblyTheSamePairsAreRowsThatFollowTheirCounterpartAndHaveALayerOfTheirOwn() {
        choose("000", "001");
        Match related = fx(() -> model.matches().stream().filter(m -> m.layer() == Layer.RELATED).findFirst().orElseThrow());
        assertThat(related.kind()).startsWith("Possibly the same");
        assertThat(related.similarityText()).endsWith(" %");
        assertThat(related.similarity().getAsDouble())
                .isLessThan(model.comparisonProperty().get().claims().stream().mapToDouble(c -> c.similarity()).max().orElse(1));
        // The dotted layer sits exactly on both passages.
        assertThat(fx(() -> area(Side.LEFT).getStyleOfChar(related.left().start() + 1))).contains("hl-related");
        assertThat(fx(() -> area(Side.RIGHT).getStyleOfChar(related.right().start() + 1))).contains("hl-related");

        // Scroll the right pane away from the counterpart, then choose the row in the list.
        fx(() -> {
            area(Side.RIGHT).showParagraphAtTop(area(Side.RIGHT).getParagraphs().size() - 1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> isOnScreen(Side.RIGHT, related.right()))).isFalse();
        Node row = row(related);
        Bounds rowBounds = fx(() -> row.localToScreen(row.getBoundsInLocal()));
        robot.clickOn(new Point2D(rowBounds.getMinX() + 40, rowBounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedProperty().get()).isEqualTo(related);
        assertThat(fx(() -> window.pane(Side.RIGHT).isFullyVisible(related.right()))).isTrue();
        assertThat(fx(() -> area(Side.RIGHT).getStyleOfChar(related.right().start() + 1))).contains(StylePainter.SELECTED);
        assertThat(fx(() -> ((javafx.scene.control.Label) window.details().lookup("#related-explained")).getText()))
                .startsWith("Possibly the same: below the bar for a shared claim");

        // F8 stops on it as on any match.
        fx(() -> {
            model.select(null);
            return null;
        });
        int stops = fx(() -> model.matches().indexOf(related)) + 1;
        for (int i = 0; i < stops; i++) {
            robot.type(KeyCode.F8);
        }
        assertThat(model.selectedProperty().get()).isEqualTo(related);

        // Its legend entry turns the layer off and on.
        robot.clickOn("#layer-related");
        assertThat(count(Side.LEFT, "hl-related")).isZero();
        assertThat(count(Side.RIGHT, "hl-related")).isZero();
        assertThat(model.matches()).noneMatch(m -> m.layer() == Layer.RELATED);
        robot.clickOn("#layer-related");
        assertThat(count(Side.LEFT, "hl-related")).isPositive();
        assertThat(model.matches()).contains(related);
    }

    @Test
    void theStrictnessControlComparesAgainAtItsBarAndStrictShowsFewerClaims() throws Exception {
        choose000And004();
        long claims = fx(() -> model.matches().stream().filter(m -> m.layer() == Layer.CLAIMS).count());
        int tinted = count(Side.LEFT, "hl-claim");
        assertThat(claims).isPositive();
        assertThat(label("#strictness-status")).isEqualTo("Shared claim from 45 %");
        var before = model.comparisonProperty().get();

        robot.clickOn("#strictness").type(KeyCode.END);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.minSimilarityProperty().get() == ReaderViewModel.STRICTEST
                && !model.analysingProperty().get() && model.comparisonProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#strictness-status")).isEqualTo("Shared claim from 90 %");
        assertThat(model.matches().stream().filter(m -> m.layer() == Layer.CLAIMS).count()).isLessThan(claims);
        assertThat(count(Side.LEFT, "hl-claim")).isLessThan(tinted);
        assertThat(model.matches()).anyMatch(m -> m.layer() == Layer.RELATED);
        assertThat(model.preferences().minSimilarityOr(0)).isEqualTo(ReaderViewModel.STRICTEST);
        // the same two articles stay on show
        assertThat(model.leftProperty().get().file().getFileName().toString()).startsWith("000");

        robot.press(KeyCode.CONTROL).type(KeyCode.OPEN_BRACKET).release(KeyCode.CONTROL);
        assertThat(model.minSimilarityProperty().get()).isEqualTo(0.85);
        assertThat(fx(() -> ((javafx.scene.control.Slider) robot.lookup("#strictness").query()).getValue())).isEqualTo(0.85);
    }

    @Test
    void aPassageOnlyInOneArticleIsARowThatShowsItsClosestPassage() {
        choose000And004();
        Match only = fx(() -> model.matches().stream().filter(m -> m.onlyIn().isPresent()).findFirst().orElseThrow());
        assertThat(only.similarityText()).startsWith("closest ").endsWith(" %");
        Side home = only.onlyIn().orElseThrow();
        Side other = home == Side.LEFT ? Side.RIGHT : Side.LEFT;
        app.parallax.model.Nearest nearest = model.comparisonProperty().get().nearest(home, only.span(home)).orElseThrow();
        assertThat(only.span(other)).isEqualTo(nearest.counterpart());
        assertThat(only.similarity()).hasValue(nearest.similarity());
        clickOnText(home, only.span(home));
        Match selected = model.selectedProperty().get();
        assertThat(selected).isEqualTo(only);
        assertThat(fx(() -> window.pane(other).isFullyVisible(only.span(other)))).isTrue();
        assertThat(fx(() -> area(other).getStyleOfChar(only.span(other).start()))).contains(StylePainter.SELECTED);
        assertThat(fx(() -> ((javafx.scene.control.Label) window.details().lookup(".match-card-title")).getText()))
                .isEqualTo(only.kind() + " · " + only.similarityText());
        robot.type(KeyCode.F9);
        assertThat(model.selectedProperty().get().onlyIn()).isPresent();
        assertThat(model.selectedProperty().get()).isNotEqualTo(only);
        assertThat(fx(() -> ((javafx.scene.control.Label) robot.lookup("#legend-plain").query()).getTooltip().getText()))
                .contains("neither matched nor flagged");
    }

    @Test
    void presentationModeScalesTheWholeWindowHidesTheLibraryAndEscLeaves() {
        choose000And004();
        double toolbarFont = fx(() -> ((javafx.scene.control.Button) robot.lookup("#swap").query()).getFont().getSize());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presentationProperty().get()).isTrue();
        assertThat(window.root().getStyleClass()).contains("presentation");
        assertThat(fx(() -> robot.lookup("#library").tryQuery().map(Node::getScene).isPresent())).isFalse();
        assertThat(fx(() -> ((javafx.scene.control.Button) robot.lookup("#swap").query()).getFont().getSize()))
                .isCloseTo(toolbarFont * ReaderViewModel.PRESENTATION_FACTOR, org.assertj.core.data.Offset.offset(0.6));
        assertThat(fx(() -> area(Side.LEFT).getStyle())).contains("-fx-font-size: " + 15 * ReaderViewModel.PRESENTATION_FACTOR + "px");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.presentationProperty().get()).isFalse();
        assertThat(fx(() -> robot.lookup("#library").tryQuery().isPresent())).isTrue();
        robot.clickOn("#presentation-toggle");
        assertThat(model.presentationProperty().get()).isTrue();
    }

    @Test
    void theOverviewRulerMarksEveryMatchAndJumpsWhereItIsClicked() {
        choose000And004();
        WaitForAsyncUtils.waitForFxEvents();
        OverviewRuler ruler = window.pane(Side.LEFT).ruler();
        List<OverviewRuler.Drawn> marks = fx(ruler::drawn);
        long onLeft = fx(() -> model.matches().stream().filter(m -> m.belongsTo(Side.LEFT)).count());
        assertThat(marks).hasSize((int) onLeft);
        assertThat(marks).anyMatch(d -> d.match().onlyIn().isPresent());
        double[] before = fx(ruler::frame);
        Bounds r = fx(() -> ruler.localToScreen(ruler.getLayoutBounds()));
        robot.clickOn(new Point2D(r.getCenterX(), r.getMinY() + r.getHeight() * 0.9));
        WaitForAsyncUtils.waitForFxEvents();
        int wanted = fx(() -> ruler.offsetAt(r.getHeight() * 0.9));
        String text = model.leftProperty().get().text();
        Span there = Span.of(text, wanted, wanted + 1);
        assertThat(fx(() -> window.pane(Side.LEFT).isFullyVisible(there))).isTrue();
        assertThat(fx(ruler::frame)[0]).isGreaterThan(before[0]);
    }

    @Test
    void findHighlightsHitsInBothPanesAndF3WalksThem() {
        choose000And004();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(fx(() -> robot.lookup("#search-bar").query().isVisible())).isTrue();
        robot.write("NATO");
        WaitForAsyncUtils.waitForFxEvents();
        List<SearchViewModel.Hit> hits = fx(() -> model.search().hitsProperty().get());
        assertThat(hits).anyMatch(h -> h.side() == Side.LEFT).anyMatch(h -> h.side() == Side.RIGHT);
        Span firstRight = hits.stream().filter(h -> h.side() == Side.RIGHT).findFirst().orElseThrow().span();
        assertThat(fx(() -> area(Side.RIGHT).getStyleOfChar(firstRight.start()))).contains(StylePainter.SEARCH_HIT);
        assertThat(label("#search-status")).startsWith("1 of " + hits.size());
        robot.type(KeyCode.F3);
        assertThat(model.search().current()).contains(hits.get(1));
        assertThat(label("#search-status")).startsWith("2 of " + hits.size());
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(() -> model.search().hitsProperty().get())).isEmpty();
    }

    @Test
    void theMenusExportHtmlReportAMissingPrinterAndShowKeysAndVersion(@TempDir Path dir) throws Exception {
        choose000And004();
        dialogs.saveTo = dir.resolve("page.html");
        robot.clickOn("File").clickOn("Export comparison as HTML…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(dialogs.saveTo));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(dialogs.saveTo))
                .isEqualTo(new app.parallax.report.HtmlReport().render(model.comparisonProperty().get()));
        robot.clickOn("File").clickOn("Print…");
        assertThat(model.noticeProperty().get()).startsWith("No printer is set up on this computer.");
        robot.clickOn("Help").clickOn("About Parallax");
        assertThat(fx(() -> ((javafx.scene.control.Label) window.dialog().orElseThrow().getDialogPane().getContent())
                .getText())).startsWith(ReaderWindow.version());
        fx(() -> {
            window.dialog().ifPresent(javafx.scene.control.Dialog::close);
            return null;
        });
        robot.type(KeyCode.F1);
        assertThat(fx(() -> ((javafx.scene.control.TextArea) window.dialog().orElseThrow().getDialogPane().getContent())
                .getText())).contains("F8 / Shift+F8").contains("Ctrl+Shift+C");
    }

    @Test
    void thePrintLayoutHasBothArticlesAndTheMatchListOnPagesThatFit() {
        choose000And004();
        List<Node> pages = fx(() -> new PrintLayout(500, 700).pages(model));
        assertThat(pages).hasSizeGreaterThan(1);
        String all = fx(() -> pages.stream().flatMap(p -> ((javafx.scene.layout.VBox) p).getChildren().stream())
                .flatMap(f -> ((javafx.scene.text.TextFlow) f).getChildren().stream())
                .map(t -> ((javafx.scene.text.Text) t).getText()).collect(java.util.stream.Collectors.joining()));
        assertThat(all).contains(KREMLIN_000).contains(KREMLIN_004).contains("[Q").contains("Matches");
        assertThat(fx(() -> pages.stream().mapToDouble(p -> p.prefHeight(500)).max().orElse(0))).isLessThanOrEqualTo(700 + 1);
    }

    @Test
    void copyMatchPutsBothWordingsAndTheirSourcesOnTheClipboard() {
        choose000And004();
        clickOnText(Side.LEFT, spanOf(Side.LEFT, KREMLIN_000));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Quote · ").contains("% similar")
                .contains("AmericanPost.News (000_7b91463196abbf0d.txt):\n“" + KREMLIN_000 + "”")
                .contains("The Moscow Times, 28 January 2022 (004_ffca89aebb2905a1.txt):\n“" + KREMLIN_004 + "”");
    }

    @Test
    void boilerplateIsDimmedAndTheMouseSelectionIsNotAClaimColour() {
        choose000And004();
        Span boiler = fx(() -> model.highlightsProperty().get().spans(Side.RIGHT, Layer.BOILERPLATE).get(0));
        fx(() -> {
            window.pane(Side.RIGHT).reveal(boiler);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.paint.Paint> fills = fx(() -> area(Side.RIGHT).lookupAll(".text").stream()
                .filter(n -> n.getStyleClass().contains("hl-boilerplate"))
                .map(n -> ((javafx.scene.text.Text) n).getFill()).toList());
        javafx.scene.paint.Paint plain = fx(() -> area(Side.RIGHT).lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.getStyleClass().size() == 1
                        && !((javafx.scene.text.Text) n).getText().isBlank())
                .map(n -> ((javafx.scene.text.Text) n).getFill()).findFirst().orElseThrow());
        assertThat(fills).isNotEmpty().allSatisfy(f -> assertThat(f).isNotEqualTo(plain));
        fx(() -> {
            area(Side.RIGHT).selectRange(boiler.start(), boiler.end());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Color selection = fx(() -> (javafx.scene.paint.Color) area(Side.RIGHT).lookupAll(".selection")
                .stream().map(n -> ((javafx.scene.shape.Shape) n).getFill()).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow());
        // Far from the claim tint (sky blue): the blue channel no longer dominates.
        assertThat(selection.getBlue()).isLessThan(selection.getRed());
    }

    @Test
    void at1024x700NothingIsCutShortAndTheStatusBarStays() {
        choose000And004();
        fx(() -> {
            javafx.stage.Stage s = (javafx.stage.Stage) window.root().getScene().getWindow();
            s.setWidth(1024);
            s.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Layer layer : Layer.values()) {
            javafx.scene.control.CheckBox toggle = fx(() -> (javafx.scene.control.CheckBox)
                    robot.lookup("#layer-" + layer.name().toLowerCase()).query());
            assertThat(fx(() -> toggle.getWidth())).as(layer.label()).isGreaterThanOrEqualTo(fx(() -> toggle.prefWidth(-1)) - 0.5);
        }
        javafx.scene.control.Label badge = fx(() -> (javafx.scene.control.Label)
                robot.lookup("#right-pane").query().lookup(".side-badge"));
        assertThat(fx(() -> badge.getWidth())).isGreaterThanOrEqualTo(fx(() -> badge.prefWidth(-1)) - 0.5);
        Bounds status = fx(() -> robot.lookup("#status-bar").query().localToScene(
                robot.lookup("#status-bar").query().getLayoutBounds()));
        assertThat(status.getMaxY()).isLessThanOrEqualTo(fx(() -> window.root().getScene().getHeight()) + 0.5);
        assertThat(status.getHeight()).isPositive();
        javafx.scene.control.Label analysis = fx(() -> (javafx.scene.control.Label) robot.lookup("#analysis-status").query());
        assertThat(fx(() -> analysis.getWidth())).isGreaterThanOrEqualTo(fx(() -> analysis.prefWidth(-1)) - 0.5);
    }

    @Test
    void bandsStartAtTheTextEdgeAndAQuoteHasOneBand() {
        choose000And004();
        clickOnText(Side.LEFT, spanOf(Side.LEFT, KREMLIN_000));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds strip = fx(() -> window.connectors().localToScreen(window.connectors().getLayoutBounds()));
        Bounds leftText = fx(() -> area(Side.LEFT).localToScreen(area(Side.LEFT).getLayoutBounds()));
        Bounds rightText = fx(() -> area(Side.RIGHT).localToScreen(area(Side.RIGHT).getLayoutBounds()));
        assertThat(strip.getMinX()).isCloseTo(leftText.getMaxX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(strip.getMaxX()).isCloseTo(rightText.getMinX(), org.assertj.core.data.Offset.offset(1.0));
        List<ConnectorBand.Band> bands = fx(() -> window.connectors().drawn());
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                Match a = bands.get(i).match();
                Match b = bands.get(j).match();
                assertThat(a.left().overlaps(b.left()) && a.right().overlaps(b.right()))
                        .as("%s and %s share a band's ends", a.kind(), b.kind()).isFalse();
            }
        }
        assertThat(bands.get(bands.size() - 1).isComplete()).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private void choose000And004() {
        choose("000", "004");
    }

    private void choose(String left, String right) {
        robot.clickOn(cell(left));
        robot.press(KeyCode.CONTROL).clickOn(cell(right)).release(KeyCode.CONTROL);
        assertThat(model.leftProperty().get().file().getFileName().toString()).startsWith(left);
        assertThat(model.rightProperty().get().file().getFileName().toString()).startsWith(right);
        awaitAnalysis();
    }

    private String label(String id) {
        return fx(() -> ((javafx.scene.control.Labeled) robot.lookup(id).query()).getText());
    }

    private double centreY(Side side, Span span) {
        return area(side).getCharacterBoundsOnScreen(span.start(), span.end()).orElseThrow().getCenterY();
    }

    /** Dialogs answered by the test; the printer is absent unless a test sets one. */
    static final class FakeDialogs implements ReaderDialogs {
        Path saveTo;
        List<Path> files = List.of();

        @Override
        public java.util.Optional<Path> chooseFolder(javafx.stage.Window owner, java.util.Optional<Path> from) {
            return java.util.Optional.empty();
        }

        @Override
        public List<Path> chooseFiles(javafx.stage.Window owner, java.util.Optional<Path> from) {
            return files;
        }

        @Override
        public java.util.Optional<Path> chooseSaveTarget(javafx.stage.Window owner, java.util.Optional<Path> from,
                                                        String suggestedName) {
            return java.util.Optional.ofNullable(saveTo);
        }

        @Override
        public java.util.Optional<javafx.print.PrinterJob> printerJob() {
            return java.util.Optional.empty();
        }
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

    /** The list's row of that match, scrolled into view. */
    private Node row(Match m) {
        return fx(() -> {
            var table = (javafx.scene.control.TableView<?>) robot.lookup("#match-list").query();
            ((javafx.scene.control.TableView<Match>) table).scrollTo(m);
            table.layout();
            int index = table.getItems().indexOf(m);
            return robot.lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                    .filter(r -> r.isVisible() && r.getIndex() == index).findFirst().orElseThrow();
        });
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
