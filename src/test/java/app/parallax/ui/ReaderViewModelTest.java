package app.parallax.ui;

import static app.parallax.ui.Fixtures.LEFT;
import static app.parallax.ui.Fixtures.RIGHT;
import static app.parallax.ui.Fixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.Side;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderViewModelTest {

    private final Fixtures.RecordingComparer comparer = new Fixtures.RecordingComparer();
    private final Fixtures.ManualBackground background = new Fixtures.ManualBackground();
    private final ReaderPreferences prefs = Fixtures.preferences("vm");
    private final Fixtures.ManualBackground files = new Fixtures.ManualBackground();
    private final ReaderViewModel vm = new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT, THIRD)), comparer,
            background, files, prefs);

    @Test
    void startWarmsUpTheModelAndShowsTheFirstTwoArticles() {
        vm.start(Path.of("/library"));
        assertThat(comparer.warmUps).isEqualTo(1);
        assertThat(vm.modelStatusProperty().get()).startsWith("Language model ready");
        assertThat(vm.leftProperty().get()).isSameAs(LEFT);
        assertThat(vm.rightProperty().get()).isSameAs(RIGHT);
        assertThat(vm.comparisonProperty().get()).isNotNull();
        assertThat(vm.matches()).hasSize(4);
        assertThat(vm.analysisStatusProperty().get()).startsWith("4 matches found");
    }

    @Test
    void filesThatCouldNotBeReadAreListedAsProblems() {
        vm.start(Path.of("/library"));
        assertThat(vm.library().problems()).extracting(app.parallax.library.LoadProblem::message)
                .containsExactly("bad.txt is not a text file");
        assertThat(vm.library().articles()).hasSize(3);
    }

    @Test
    void aMissingFolderIsAProblemNotAnException() {
        vm.start(Path.of("/missing"));
        assertThat(vm.library().problems()).extracting(app.parallax.library.LoadProblem::message)
                .containsExactly("There is no folder /missing");
    }

    @Test
    void theRememberedPairIsShownAgain() {
        prefs.pair(THIRD.file(), LEFT.file());
        vm.start(Path.of("/library"));
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
    }

    @Test
    void choosingAnotherPairCancelsTheRunningAnalysisAndIgnoresItsResult() {
        background.hold = true;
        vm.start(Path.of("/library"));
        vm.showRight(THIRD);
        assertThat(background.cancelled).isEqualTo(1);
        assertThat(vm.analysingProperty().get()).isTrue();
        assertThat(vm.analysisProgressProperty().get()).isEqualTo(-1);
        background.runAll();
        assertThat(comparer.asked).containsExactly("a.txt|c.txt");
        assertThat(vm.comparisonProperty().get().right()).isSameAs(THIRD);
        assertThat(vm.analysingProperty().get()).isFalse();
    }

    @Test
    void swapExchangesThePanesAndRemembersThePair() {
        vm.start(Path.of("/library"));
        vm.swap();
        assertThat(vm.leftProperty().get()).isSameAs(RIGHT);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
        assertThat(prefs.pair()).hasValueSatisfying(p -> assertThat(p.left()).isEqualTo(RIGHT.file()));
    }

    @Test
    void nextAndPreviousWalkTheMatchesInLeftOrderAndStopAtTheEnds() {
        vm.start(Path.of("/library"));
        List<Match> order = List.copyOf(vm.matches());
        assertThat(order).extracting(m -> m.left().start()).isSorted();
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo(order.get(0));
        assertThat(order.get(0).layer()).isEqualTo(Layer.CLAIMS);
        for (int i = 1; i < order.size(); i++) {
            vm.selectNext();
            assertThat(vm.selectedProperty().get()).isEqualTo(order.get(i));
        }
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo(order.get(order.size() - 1));
        vm.selectPrevious();
        assertThat(vm.selectedProperty().get()).isEqualTo(order.get(order.size() - 2));
    }

    @Test
    void aClickOnNestedHighlightsPicksTheNarrowestMatch() {
        vm.start(Path.of("/library"));
        int inPhrase = Fixtures.phrase().left().start() + 2;
        assertThat(vm.matchAt(Side.LEFT, inPhrase)).hasValueSatisfying(m -> assertThat(m.layer()).isEqualTo(Layer.PHRASES));
        int inQuoteOnly = Fixtures.quote().right().start() + 1;
        assertThat(vm.matchAt(Side.RIGHT, inQuoteOnly)).hasValueSatisfying(m -> assertThat(m.layer()).isEqualTo(Layer.QUOTES));
        assertThat(vm.matchAt(Side.LEFT, Fixtures.LEFT_TEXT.indexOf("Only A"))).isEmpty();
    }

    @Test
    void hidingALayerDropsItsMatchesAndTheSelectionIfItWasOne() {
        vm.start(Path.of("/library"));
        Match quote = vm.matches().stream().filter(m -> m.layer() == Layer.QUOTES).findFirst().orElseThrow();
        vm.select(quote);
        vm.shownProperty(Layer.QUOTES).set(false);
        assertThat(vm.matches()).noneMatch(m -> m.layer() == Layer.QUOTES);
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.shownLayers()).doesNotContain(Layer.QUOTES);
        vm.shownProperty(Layer.QUOTES).set(true);
        assertThat(vm.matches()).contains(quote);
    }

    @Test
    void zoomStaysWithinBoundsAndIsRemembered() {
        vm.resetZoom();
        vm.zoomIn();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE + 1);
        assertThat(prefs.fontSizeOr(0)).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE + 1);
        for (int i = 0; i < 100; i++) {
            vm.zoomOut();
        }
        assertThat(vm.fontSizeProperty().get()).isEqualTo(9);
        vm.resetZoom();
        assertThat(vm.fontSizeProperty().get()).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE);
    }

    @Test
    void aFailedComparisonBecomesANotice() {
        ReaderViewModel failing = new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT)), new Comparer() {
            @Override
            public void warmUp() {
            }

            @Override
            public app.parallax.model.Comparison compare(app.parallax.model.Article l, app.parallax.model.Article r) {
                throw new IllegalStateException("the model is missing");
            }
        }, background, prefs);
        failing.start(Path.of("/library"));
        assertThat(failing.noticeProperty().get()).isEqualTo("Could not compare these two articles: the model is missing");
        assertThat(failing.analysisStatusProperty().get()).isEqualTo("Comparison failed");
    }

    @Test
    void anUnreadableFileAskedForByPathBecomesANotice() {
        vm.start(Path.of("/library"));
        assertThat(vm.showFiles(Path.of("/elsewhere/x.bin"), RIGHT.file())).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo("x.bin cannot be read: it is not a text file");
    }

    @Test
    void theFilterMatchesTitleOutletDateOrFileName() {
        vm.start(Path.of("/library"));
        vm.library().filterProperty().set("another");
        assertThat(vm.library().shown()).containsExactly(THIRD);
        vm.library().filterProperty().set("b.TXT");
        assertThat(vm.library().shown()).containsExactly(RIGHT);
        vm.library().filterProperty().set("");
        assertThat(vm.library().shown()).hasSize(3);
    }
}
