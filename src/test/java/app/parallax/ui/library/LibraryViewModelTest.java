package app.parallax.ui.library;

import static app.parallax.ui.pair.Fixtures.LEFT;
import static app.parallax.ui.pair.Fixtures.RIGHT;
import static app.parallax.ui.pair.Fixtures.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.model.Article;
import app.parallax.ui.background.ManualBackground;
import app.parallax.ui.pair.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sidebar's state on its own, with the files lane held or run at once. */
class LibraryViewModelTest {

    private final ManualBackground files = new ManualBackground();
    private final List<String> progress = new ArrayList<>();
    private final ArticleSource source = new ArticleSource() {
        @Override
        public LibraryContents load(Path folder) throws ArticleLoadException {
            return Fixtures.source(List.of(LEFT, RIGHT, THIRD)).load(folder);
        }

        @Override
        public LibraryContents load(Path folder, ArticleLibrary.Progress reporter) throws ArticleLoadException {
            for (int i = 1; i <= 60; i++) {
                reporter.read(i, 60);
            }
            return load(folder);
        }

        @Override
        public Article read(Path file) throws ArticleLoadException {
            throw new ArticleLoadException(file + ": not a text file");
        }

        @Override
        public Article savePasted(Path folder, String plain, String html) {
            return Fixtures.article("pasted.md", "Pasted", plain);
        }
    };
    private final LibraryViewModel library = new LibraryViewModel(source, files);

    @Test
    void aFolderIsReadOnTheFilesLaneWithRationedProgress() {
        files.hold = true;
        library.statusProperty().addListener((o, was, now) -> progress.add(now));
        library.open(Path.of("/library"), () -> progress.add("opened"));
        assertThat(library.loadingProperty().get()).isTrue();
        assertThat(library.progressProperty().get()).isEqualTo(-1);
        assertThat(library.articles()).isEmpty();
        files.runAll();
        assertThat(progress).containsExactly("Reading /library…", "Reading 25 of 60 files…", "Reading 50 of 60 files…",
                "Reading 60 of 60 files…", "3 articles", "opened");
        assertThat(library.loadingProperty().get()).isFalse();
        assertThat(library.articles()).containsExactly(LEFT, RIGHT, THIRD);
    }

    @Test
    void aFolderAskedForLaterWins() {
        files.hold = true;
        List<String> opened = new ArrayList<>();
        library.open(Path.of("/library"), () -> opened.add("first"));
        library.open(Path.of("/missing"), () -> opened.add("second"));
        assertThat(files.cancelled).isEqualTo(1);
        files.runAll();
        assertThat(opened).isEmpty();
        assertThat(library.problems()).extracting(p -> p.message()).containsExactly("There is no folder /missing");
    }

    @Test
    void pastingNeedsAFolderThenAddsTheArticleInOrder() {
        library.pasteAsArticle("Some text", null);
        assertThat(library.messageProperty().get()).isEqualTo("Open a library folder first: a pasted article is saved in it");
        library.open(Path.of("/library"), () -> { });
        library.pasteAsArticle("Some text", null);
        assertThat(library.articles()).extracting(a -> a.file().getFileName().toString())
                .containsExactly("a.txt", "b.txt", "c.txt", "pasted.md");
        assertThat(library.lastAddedProperty().get().text()).isEqualTo("Some text");
        assertThat(library.messageProperty().get()).isEqualTo("Pasted as pasted.md");
    }

    @Test
    void anImportThatFailsIsListedAsAProblem() {
        library.open(Path.of("/library"), () -> { });
        List<Article> added = new ArrayList<>();
        library.importFiles(List.of(Path.of("/elsewhere/x.txt")), added::addAll);
        assertThat(added).isEmpty();
        assertThat(library.problems()).extracting(p -> p.message()).contains("/elsewhere/x.txt: no such file");
        assertThat(library.messageProperty().get()).isEqualTo("/elsewhere/x.txt: no such file");
    }
}
