package app.parallax.ui.pair;

import static app.parallax.ui.pair.Fixtures.LEFT;
import static app.parallax.ui.pair.Fixtures.RIGHT;
import static app.parallax.ui.pair.Fixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.Conflict;
import app.parallax.model.PerSide;
import app.parallax.model.RelatedPair;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.ui.background.ManualBackground;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReaderViewModelTest {

    private final Fixtures.RecordingComparer comparer = new Fixtures.RecordingComparer();
    private final ManualBackground background = new ManualBackground();
    private final ReaderPreferences prefs = Fixtures.preferences("vm");
    private final ManualBackground files = new ManualBackground();
    private final ReaderViewModel vm = new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT, THIRD)), comparer,
            background, files, prefs);

    @Test
    void startWarmsUpTheModelAndShowsTheFirstTwoArticles() {
        vm.start(Path.of("/library"));
        assertThat(comparer.warmUps).isEqualTo(1);
        assertThat(vm.modelStatusProperty().get()).startsWith("Model ready");
        assertThat(vm.leftProperty().get()).isSameAs(LEFT);
        assertThat(vm.rightProperty().get()).isSameAs(RIGHT);
        assertThat(vm.comparisonProperty().get()).isNotNull();
        assertThat(vm.matches()).hasSize(5);
        assertThat(vm.analysisStatusProperty().get()).startsWith("4 matches, 1 only in one · ");
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
    void nextAndPreviousWalkTheMatchesInLeftOrderAndWrapAround() {
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
        assertThat(vm.positionProperty().get()).isEqualTo("Match 5 of 5");
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo(order.get(0));
        assertThat(vm.positionProperty().get()).isEqualTo("Match 1 of 5");
        vm.selectPrevious();
        assertThat(vm.selectedProperty().get()).isEqualTo(order.get(order.size() - 1));
        vm.select(null);
        assertThat(vm.positionProperty().get()).isEqualTo("5 matches");
    }

    @Test
    void aPassageOnlyOneArticleHasIsAMatchWithItsClosestPassage() {
        vm.start(Path.of("/library"));
        Match only = vm.matches().stream().filter(m -> m.onlyIn().isPresent()).findFirst().orElseThrow();
        assertThat(only.layer()).isEqualTo(Layer.UNIQUE);
        assertThat(only.onlyIn()).contains(Side.LEFT);
        assertThat(only.left().text()).isEqualTo("Only A says this.");
        // The closest passage and its score are the engine's, as the comparison carries them.
        assertThat(only.right()).isEqualTo(Fixtures.nearestToOnlyA().counterpart());
        assertThat(only.kind()).isEqualTo("Only in left");
        assertThat(only.similarityText()).isEqualTo("closest 12 %");
        assertThat(vm.matchAt(Side.RIGHT, only.right().start())).hasValueSatisfying(m ->
                assertThat(m.onlyIn()).isEmpty());
        assertThat(vm.matchAt(Side.LEFT, only.left().start() + 1)).contains(only);
        vm.selectNextUnique();
        assertThat(vm.selectedProperty().get()).isEqualTo(only);
        vm.selectNextUnique();
        assertThat(vm.selectedProperty().get()).isEqualTo(only);
    }

    @Test
    void possiblyTheSameIsAMatchOfItsOwnAndAContradictionIsPaintedOnBothWholePassages() {
        Span troopsLeft = Fixtures.span(Fixtures.LEFT_TEXT, "More than 100,000 troops are at the border.");
        Span troopsRight = Fixtures.span(Fixtures.RIGHT_TEXT, "Moscow has some 100,000 troops near the border.");
        Span saidLeft = Fixtures.quoteSentenceClaim().left();
        Span saidRight = Fixtures.quoteSentenceClaim().right();
        ClaimMatch denied = new ClaimMatch(saidLeft, saidRight, 0.7, false, List.of("responses"),
                Optional.of(new Conflict(Conflict.Kind.NEGATION, saidLeft, saidRight)));
        RelatedPair maybe = new RelatedPair(troopsLeft, troopsRight, 0.41, Optional.empty());
        Comparison c = new Comparison(LEFT, RIGHT, List.of(), List.of(denied), List.of(maybe), List.of(),
                new PerSide<>(List.of(), List.of()), new PerSide<>(List.of(), List.of()),
                new PerSide<>(List.of(), List.of()));
        Highlights h = Highlights.of(c);

        Match related = h.matches().stream().filter(m -> m.layer() == Layer.RELATED).findFirst().orElseThrow();
        assertThat(related.kind()).isEqualTo("Possibly the same");
        assertThat(related.similarityText()).isEqualTo("41 %");
        assertThat(related.isOn(Side.LEFT)).isTrue();
        assertThat(related.isOn(Side.RIGHT)).isTrue();
        assertThat(h.spans(Side.LEFT, Layer.RELATED)).containsExactly(troopsLeft);
        assertThat(h.spans(Side.RIGHT, Layer.RELATED)).containsExactly(troopsRight);

        Match claim = h.matches().stream().filter(m -> m.layer() == Layer.CLAIMS).findFirst().orElseThrow();
        assertThat(claim.kind()).isEqualTo("Claim, contradiction");
        assertThat(h.spans(Side.LEFT, Layer.CONFLICTS)).containsExactly(saidLeft);
        assertThat(h.spans(Side.RIGHT, Layer.CONFLICTS)).containsExactly(saidRight);
        assertThat(MatchText.of(claim, LEFT, RIGHT)).contains("\nContradiction: one side denies what the other states.\n");
        assertThat(h.matches()).hasSize(2);
    }

    @Test
    void aStricterBarComparesThePairAgainKeepsTheSelectionOnItsPassagesAndIsRemembered() {
        vm.start(Path.of("/library"));
        assertThat(vm.minSimilarityProperty().get()).isEqualTo(Fixtures.RecordingComparer.DEFAULT_BAR);
        Match troops = vm.matches().stream().filter(m -> m.layer() == Layer.CLAIMS && m.evidence().conflict().isPresent())
                .findFirst().orElseThrow();
        vm.select(troops);

        vm.minSimilarityProperty().set(0.9);
        assertThat(comparer.bars).containsExactly(Fixtures.RecordingComparer.DEFAULT_BAR, 0.9);
        assertThat(comparer.asked).containsExactly("a.txt|b.txt", "a.txt|b.txt");
        assertThat(vm.matches()).noneMatch(m -> m.layer() == Layer.CLAIMS);
        assertThat(vm.matches()).filteredOn(m -> m.layer() == Layer.RELATED).hasSize(2);
        // The claim is "possibly the same" now: the selection stays on its two passages.
        assertThat(vm.selectedProperty().get().layer()).isEqualTo(Layer.RELATED);
        assertThat(vm.selectedProperty().get().left()).isEqualTo(troops.left());
        assertThat(vm.selectedProperty().get().right()).isEqualTo(troops.right());
        assertThat(prefs.minSimilarityOr(0)).isEqualTo(0.9);
        assertThat(new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT)), comparer, background, prefs)
                .minSimilarityProperty().get()).isEqualTo(0.9);

        vm.minSimilarityProperty().set(1.5);
        assertThat(vm.minSimilarityProperty().get()).isEqualTo(ReaderViewModel.STRICTEST);
        vm.minSimilarityProperty().set(0.1);
        assertThat(vm.minSimilarityProperty().get()).isEqualTo(ReaderViewModel.LOOSEST);
        vm.stricter();
        assertThat(vm.minSimilarityProperty().get()).isEqualTo(0.35);
        vm.looser();
        vm.looser();
        assertThat(vm.minSimilarityProperty().get()).isEqualTo(ReaderViewModel.LOOSEST);
        assertThat(vm.matches()).filteredOn(m -> m.layer() == Layer.CLAIMS).hasSize(2);
        assertThat(vm.selectedProperty().get().layer()).isEqualTo(Layer.CLAIMS);
    }

    @Test
    void aPassageWithoutANearestCounterpartSaysSo() {
        Match alone = Match.unique(Side.RIGHT, Fixtures.onlyA(), java.util.Optional.empty());
        assertThat(alone.similarityText()).isEqualTo("no counterpart");
        assertThat(alone.isOn(Side.LEFT)).isFalse();
        assertThat(alone.isOn(Side.RIGHT)).isTrue();
    }

    @Test
    void searchFindsEveryOccurrenceInBothArticlesAndWraps() {
        vm.start(Path.of("/library"));
        SearchViewModel search = vm.search();
        search.queryProperty().set("kremlin");
        assertThat(search.hits(Side.LEFT)).extracting(app.parallax.model.Span::text).containsExactly("Kremlin");
        assertThat(search.hits(Side.RIGHT)).extracting(app.parallax.model.Span::text).containsExactly("Kremlin");
        assertThat(search.statusProperty().get()).isEqualTo("1 of 2  (1 left, 1 right)");
        search.next();
        assertThat(search.current()).hasValueSatisfying(h -> assertThat(h.side()).isEqualTo(Side.RIGHT));
        search.next();
        assertThat(search.current()).hasValueSatisfying(h -> assertThat(h.side()).isEqualTo(Side.LEFT));
        search.queryProperty().set("nowhere to be found");
        assertThat(search.statusProperty().get()).isEqualTo("Not found");
    }

    @Test
    void openedFoldersAreRememberedLastFirst() {
        vm.start(Path.of("/library"));
        vm.openFolder(Path.of("/library/other"));
        vm.openFolder(Path.of("/library"));
        assertThat(vm.recentFolders()).containsExactly(Path.of("/library"), Path.of("/library/other"));
        assertThat(prefs.recentFolders()).containsExactly(Path.of("/library"), Path.of("/library/other"));
    }

    @Test
    void openingMoreThanTwoFilesIsANotice() {
        vm.start(Path.of("/library"));
        vm.openFiles(List.of(LEFT.file(), RIGHT.file(), THIRD.file()));
        assertThat(vm.noticeProperty().get()).startsWith("Choose one or two files");
        vm.openFiles(List.of(THIRD.file()));
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
    }

    @Test
    void aClickOnNestedHighlightsPicksTheNarrowestMatch() {
        vm.start(Path.of("/library"));
        int inPhrase = Fixtures.phrase().left().start() + 2;
        assertThat(vm.matchAt(Side.LEFT, inPhrase)).hasValueSatisfying(m -> assertThat(m.layer()).isEqualTo(Layer.PHRASES));
        int inQuoteOnly = Fixtures.quote().right().start() + 1;
        assertThat(vm.matchAt(Side.RIGHT, inQuoteOnly)).hasValueSatisfying(m -> assertThat(m.layer()).isEqualTo(Layer.QUOTES));
        assertThat(vm.matchAt(Side.LEFT, Fixtures.LEFT_TEXT.indexOf("Only A"))).hasValueSatisfying(m ->
                assertThat(m.layer()).isEqualTo(Layer.UNIQUE));
        assertThat(vm.matchAt(Side.LEFT, Fixtures.LEFT_TEXT.indexOf("Title A"))).isEmpty();
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
    void zoomStepsAreAtLeastTenPercentStayWithinBoundsAndAreRemembered() {
        vm.resetZoom();
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.1);
        assertThat(vm.textSize()).isEqualTo(ReaderViewModel.DEFAULT_FONT_SIZE * 1.1);
        assertThat(prefs.zoomOr(0)).isEqualTo(1.1);
        double[] steps = ReaderViewModel.ZOOM_STEPS;
        for (int i = 1; i < steps.length; i++) {
            assertThat(steps[i] / steps[i - 1]).isGreaterThanOrEqualTo(1.099);
        }
        for (int i = 0; i < 100; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(0.6);
        vm.resetZoom();
        vm.togglePresentation();
        assertThat(vm.scaleProperty().get()).isEqualTo(ReaderViewModel.PRESENTATION_FACTOR);
        assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void exportWritesTheSameHtmlAsTheCommandLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        vm.start(Path.of("/library"));
        Path page = dir.resolve("a-vs-b.html");
        vm.exportHtml(page);
        assertThat(java.nio.file.Files.readString(page))
                .isEqualTo(new app.parallax.report.HtmlReport().render(vm.comparisonProperty().get()));
        assertThat(vm.analysisStatusProperty().get()).isEqualTo("Saved the comparison to a-vs-b.html");
        vm.exportHtml(dir.resolve("no-such-folder").resolve("x.html"));
        assertThat(vm.noticeProperty().get()).startsWith("Could not save x.html: ");
    }

    @Test
    void aFailedComparisonBecomesANotice() {
        ReaderViewModel failing = new ReaderViewModel(Fixtures.source(List.of(LEFT, RIGHT)), new Comparer() {
            @Override
            public void warmUp() {
            }

            @Override
            public app.parallax.model.Comparison compare(app.parallax.model.Article l, app.parallax.model.Article r,
                                                         double minSimilarity) {
                throw new IllegalStateException("the model is missing");
            }

            @Override
            public double defaultMinSimilarity() {
                return 0.5;
            }

            @Override
            public app.parallax.corpus.Corpus analyse(List<app.parallax.model.Article> articles, Progress progress) {
                throw new IllegalStateException("the model is missing");
            }
        }, background, prefs);
        failing.start(Path.of("/library"));
        assertThat(failing.noticeProperty().get()).isEqualTo("Could not compare these two articles: the model is missing");
        assertThat(failing.analysisStatusProperty().get()).isEqualTo("Comparison failed");
    }

    @Test
    void theCorpusViewOpensAPairWithThePassageSelectedOnceCompared() {
        vm.start(Path.of("/library"));
        background.hold = true;
        vm.openAt(LEFT, Fixtures.quote().left(), RIGHT, Optional.of(Fixtures.quote().right()));
        // The pair shown already: selected at once, no comparison asked.
        assertThat(background.held).isEmpty();
        assertThat(vm.selectedProperty().get().layer()).isEqualTo(Layer.QUOTES);
        assertThat(vm.selectedProperty().get().left()).isEqualTo(Fixtures.quote().left());

        // The pair asked for the other way round is the pair shown: it stays as it is.
        vm.openAt(RIGHT, Fixtures.troops().right(), LEFT, Optional.of(Fixtures.troops().left()));
        assertThat(vm.leftProperty().get()).isSameAs(LEFT);
        assertThat(vm.rightProperty().get()).isSameAs(RIGHT);
        assertThat(vm.selectedProperty().get().left()).isEqualTo(Fixtures.troops().left());

        vm.openAt(THIRD, Fixtures.span(THIRD.text(), "Something else entirely."), LEFT, Optional.empty());
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
        vm.openAt(LEFT, Fixtures.troops().left(), RIGHT, Optional.of(Fixtures.troops().right()));
        assertThat(vm.selectedProperty().get()).isNull();
        background.runAll();
        Match selected = vm.selectedProperty().get();
        assertThat(selected.layer()).isEqualTo(Layer.CLAIMS);
        assertThat(selected.left()).isEqualTo(Fixtures.troops().left());
        assertThat(selected.right()).isEqualTo(Fixtures.troops().right());
        assertThat(vm.noticeProperty().get()).isEmpty();

        vm.openAt(LEFT, Fixtures.onlyA(), RIGHT, Optional.empty());
        assertThat(vm.selectedProperty().get().onlyIn()).contains(Side.LEFT);
        assertThat(vm.selectedProperty().get().left()).isEqualTo(Fixtures.onlyA());
    }

    @Test
    void aPassageThePairViewDoesNotMatchIsANotice() {
        vm.start(Path.of("/library"));
        vm.openAt(THIRD, Fixtures.span(THIRD.text(), "Something else entirely."), LEFT, Optional.empty());
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isEqualTo("The pair view does not match “Something else entirely.” at "
                + "its strictness (45 %) or with the layers shown.");
        vm.openPair(LEFT, THIRD);
        assertThat(vm.leftProperty().get()).isSameAs(THIRD);
        assertThat(vm.rightProperty().get()).isSameAs(LEFT);
        vm.openPair(RIGHT, THIRD);
        assertThat(vm.leftProperty().get()).isSameAs(RIGHT);
        assertThat(vm.rightProperty().get()).isSameAs(THIRD);
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
