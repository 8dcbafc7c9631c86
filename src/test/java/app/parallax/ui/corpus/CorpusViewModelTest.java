package app.parallax.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusGroup;
import app.parallax.corpus.CorpusMember;
import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.Span;
import app.parallax.report.CorpusHtmlReport;
import app.parallax.report.PairShares;
import app.parallax.ui.background.ManualBackground;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus view's state and commands, with a hand-built corpus of three short articles. */
class CorpusViewModelTest {

    static final Article A = article("a.txt", "Title A\n\n“The responses did not take into account Russia’s main "
            + "concerns,” the Kremlin said. More than 100,000 troops are at the border. Only A says this.");
    static final Article B = article("b.txt", "Title B\n\nMoscow has some 100,000 troops near the border. “The "
            + "responses didn't take into account Russia's fundamental concerns,” the Kremlin said.");
    static final Article C = article("c.txt", "Title C\n\nTroops gather at the border. Something else entirely.");

    static final CorpusMember A_QUOTE = member(A, "The responses did not take into account Russia’s main concerns");
    static final CorpusMember B_QUOTE = member(B, "The responses didn't take into account Russia's fundamental concerns");
    static final CorpusMember A_TROOPS = member(A, "More than 100,000 troops are at the border.");
    static final CorpusMember B_TROOPS = member(B, "Moscow has some 100,000 troops near the border.");
    static final CorpusMember C_TROOPS = member(C, "Troops gather at the border.");
    static final CorpusMember ONLY_A = member(A, "Only A says this.");
    static final CorpusMember ONLY_C = member(C, "Something else entirely.");

    private final ManualBackground lane = new ManualBackground();
    private final ManualBackground files = new ManualBackground();
    private final ObservableList<Article> library = FXCollections.observableArrayList(A, B, C);
    private final List<List<Article>> analysed = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private RuntimeException failure;

    private final CorpusViewModel vm = new CorpusViewModel((articles, progress) -> {
        analysed.add(articles);
        if (failure != null) {
            throw failure;
        }
        for (int done = 1; done <= 200; done++) {
            progress.passagesEmbedded(done, 200);
        }
        int total = articles.size() * (articles.size() - 1) / 2;
        for (int done = 1; done <= total; done++) {
            progress.pairsDone(done, total);
        }
        return corpusOf(articles);
    }, lane, files, library, new PairView() {
        @Override
        public void openPair(Article first, Article second) {
            opened.add(name(first) + "|" + name(second));
        }

        @Override
        public void openAt(Article article, Span passage, Article other, Optional<Span> counterpart) {
            opened.add(name(article) + "@" + passage.text() + "|" + name(other) + counterpart.map(s -> "@" + s.text()).orElse(""));
        }

        @Override
        public void tell(String message) {
            told.add(message);
        }
    });

    @Test
    void showingTheViewTheFirstTimeAnalysesTheLibraryAndListsMostSourcesFirst() {
        assertThat(analysed).isEmpty();
        List<String> statuses = new ArrayList<>();
        vm.statusProperty().addListener((o, was, now) -> statuses.add(now));
        vm.showingProperty().set(true);
        assertThat(analysed).containsExactly(List.of(A, B, C));
        assertThat(statuses).contains("Reading 3 articles…", "Reading passages: 2 of 200…", "Reading passages: 200 of 200…",
                "Comparing pairs: 1 of 3…", "Comparing pairs: 3 of 3…");
        assertThat(statuses).doesNotContain("Reading passages: 3 of 200…");
        assertThat(vm.statusProperty().get()).startsWith("3 articles, 3 pairs compared in ");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.analysingProperty().get()).isFalse();
        assertThat(vm.columns()).containsExactly(A, B, C);
        assertThat(ids()).containsExactly("c1", "q1", "u1", "u2");
        assertThat(vm.rows().get(0).sources()).isEqualTo(3);
        assertThat(vm.summaryProperty().get()).isEqualTo("1 quote group, 1 claim group, 2 only in one source");
        vm.showingProperty().set(false);
        vm.showingProperty().set(true);
        assertThat(analysed).hasSize(1);
    }

    @Test
    void theRowsSortByCoverageEitherWayOrInLibraryOrder() {
        vm.showingProperty().set(true);
        vm.sortProperty().set(CorpusSort.FEWEST_SOURCES);
        assertThat(ids()).containsExactly("u1", "u2", "q1", "c1");
        vm.sortProperty().set(CorpusSort.LIBRARY_ORDER);
        assertThat(ids()).containsExactly("q1", "c1", "u1", "u2");
        vm.sortProperty().set(CorpusSort.MOST_SOURCES);
        assertThat(ids()).containsExactly("c1", "q1", "u1", "u2");
    }

    @Test
    void theFilterKeepsWhatOnlyOneSourceSaysAndTheSearchAnyMembersWording() {
        vm.showingProperty().set(true);
        vm.onlyOneSourceProperty().set(true);
        assertThat(ids()).containsExactly("u1", "u2");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.sources()).isEqualTo(1));
        assertThat(vm.summaryProperty().get()).endsWith(" · showing 2");
        vm.onlyOneSourceProperty().set(false);
        vm.searchProperty().set("FUNDAMENTAL  concerns");
        assertThat(ids()).containsExactly("q1");
        vm.searchProperty().set("troops gather");
        assertThat(ids()).containsExactly("c1");
        vm.onlyOneSourceProperty().set(true);
        assertThat(ids()).isEmpty();
        vm.searchProperty().set("else");
        assertThat(ids()).containsExactly("u2");
        vm.onlyOneSourceProperty().set(false);
        vm.searchProperty().set("");
        assertThat(ids()).hasSize(4);
    }

    @Test
    void aCellOpensThatPassageBesideTheGistOrAnotherMemberOrTheNextArticle() {
        vm.showingProperty().set(true);
        CorpusRow quote = row("q1");
        assertThat(quote.gist()).isEqualTo(B_QUOTE);
        vm.open(quote, A);
        assertThat(vm.showingProperty().get()).isFalse();
        vm.open(quote, B);
        vm.open(quote, C);
        vm.open(row("u2"), C);
        assertThat(opened).containsExactly(
                "a.txt@" + A_QUOTE.text() + "|b.txt@" + B_QUOTE.text(),
                "b.txt@" + B_QUOTE.text() + "|a.txt@" + A_QUOTE.text(),
                "c.txt@" + ONLY_C.text() + "|a.txt");
    }

    @Test
    void theHeatMapCountsTheGroupsEachPairSharesAndOpensAPair() {
        vm.showingProperty().set(true);
        PairShares shares = vm.sharesProperty().get();
        assertThat(shares.between(A, B)).isEqualTo(2);
        assertThat(shares.between(A, C)).isEqualTo(1);
        assertThat(shares.between(C, B)).isEqualTo(1);
        assertThat(shares.between(A, A)).isZero();
        assertThat(shares.most()).isEqualTo(2);
        assertThat(shares.heat(0, 2)).isEqualTo(0.5);
        vm.openPair(A, C);
        vm.openPair(B, B);
        assertThat(opened).containsExactly("a.txt|c.txt");
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void cancellingStopsTheAnalysisAndItsResultNeverArrives() {
        lane.hold = true;
        vm.showingProperty().set(true);
        assertThat(vm.analysingProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(-1.0);
        vm.cancel();
        assertThat(lane.cancelled).isEqualTo(1);
        assertThat(vm.analysingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Analysis cancelled");
        lane.runAll();
        assertThat(vm.corpusProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        vm.analyse();
        lane.runAll();
        assertThat(vm.rows()).hasSize(4);
    }

    @Test
    void aChangedLibraryIsAnalysedAgainWhileShownAndOnTheNextShowOtherwise() {
        vm.showingProperty().set(true);
        library.remove(C);
        assertThat(analysed).containsExactly(List.of(A, B, C), List.of(A, B));
        assertThat(vm.columns()).containsExactly(A, B);
        assertThat(ids()).containsExactly("q1", "c1", "u1");
        vm.showingProperty().set(false);
        library.add(C);
        assertThat(analysed).hasSize(2);
        assertThat(vm.corpusProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo("The library changed");
        vm.showingProperty().set(true);
        assertThat(analysed).hasSize(3);
        assertThat(vm.columns()).containsExactly(A, B, C);
    }

    @Test
    void aChangeDuringTheAnalysisCancelsItAndStartsAgain() {
        lane.hold = true;
        vm.showingProperty().set(true);
        vm.showingProperty().set(false);
        library.remove(C);
        assertThat(lane.cancelled).isEqualTo(1);
        lane.runAll();
        assertThat(analysed).containsExactly(List.of(A, B));
        assertThat(vm.columns()).containsExactly(A, B);
    }

    @Test
    void fewerThanTwoArticlesAreSaidSoAndAFailureIsTold() {
        library.setAll(A);
        vm.showingProperty().set(true);
        assertThat(analysed).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Who reports what needs at least two articles in the library");
        failure = new IllegalStateException("the model is missing");
        library.setAll(A, B);
        assertThat(vm.statusProperty().get()).isEqualTo("Analysis failed");
        assertThat(told).containsExactly("Could not analyse the library: the model is missing");
        assertThat(vm.analysingProperty().get()).isFalse();
    }

    @Test
    void exportWritesTheMatrixAndHeatMapOrSaysWhyNot(@TempDir Path dir) throws Exception {
        vm.exportHtml(dir.resolve("early.html"));
        assertThat(told).containsExactly(
                "There is nothing to export yet: open Who reports what (Ctrl+M) and let its analysis finish.");
        vm.showingProperty().set(true);
        Path page = dir.resolve("corpus.html");
        vm.exportHtml(page);
        String html = Files.readString(page);
        assertThat(html).isEqualTo(new CorpusHtmlReport().render(vm.corpusProperty().get()));
        assertThat(html).contains("<table class=\"claims\">", "<table class=\"heat\">", "Which pairs share most");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved who reports what to corpus.html");
        vm.exportHtml(dir.resolve("no-such-folder").resolve("x.html"));
        assertThat(told.get(told.size() - 1)).startsWith("Could not save x.html: ");
    }

    // ---- the hand-built corpus -----------------------------------------------------------------------------

    /** The groups and single passages of whichever of A, B and C are analysed. */
    static Corpus corpusOf(List<Article> articles) {
        List<CorpusGroup> quotes = new ArrayList<>();
        List<CorpusGroup> claims = new ArrayList<>();
        List<CorpusMember> unique = new ArrayList<>();
        if (articles.contains(A) && articles.contains(B)) {
            quotes.add(new CorpusGroup("q1", B_QUOTE, List.of(A_QUOTE, B_QUOTE)));
        }
        List<CorpusMember> troops = new ArrayList<>();
        for (CorpusMember m : List.of(A_TROOPS, B_TROOPS, C_TROOPS)) {
            if (articles.contains(m.article())) {
                troops.add(m);
            }
        }
        if (troops.size() > 1) {
            claims.add(new CorpusGroup("c1", troops.get(0), troops));
        }
        for (CorpusMember m : List.of(ONLY_A, ONLY_C)) {
            if (articles.contains(m.article())) {
                unique.add(m);
            }
        }
        return new Corpus(articles, quotes, claims, unique);
    }

    static Article article(String file, String text) {
        return new Article(Path.of("/library").resolve(file), text, ArticleMetadata.titled(text.lines().findFirst().orElseThrow()));
    }

    static CorpusMember member(Article a, String words) {
        int at = a.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + a.file() + ": " + words);
        }
        return new CorpusMember(a, Span.of(a.text(), at, at + words.length()));
    }

    private static String name(Article a) {
        return a.file().getFileName().toString();
    }

    private CorpusRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> ids() {
        return vm.rows().stream().map(CorpusRow::id).toList();
    }
}
