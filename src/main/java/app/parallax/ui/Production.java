package app.parallax.ui;

import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.EmbeddingStore;
import app.parallax.compare.SentenceEmbedder;
import app.parallax.corpus.Corpus;
import app.parallax.corpus.CorpusEngine;
import app.parallax.library.ArticleLibrary;
import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.library.LibraryContents;
import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.ui.background.FxBackground;
import app.parallax.ui.library.ArticleSource;
import app.parallax.ui.pair.Comparer;
import app.parallax.ui.pair.ReaderPreferences;
import app.parallax.ui.pair.ReaderViewModel;
import java.nio.file.Path;
import java.util.List;

/** The real library and engine behind the reader's small interfaces. */
public final class Production {

    private Production() {
    }

    /** The tokenizer library phones home at start unless told not to; the reader never touches the network. */
    static void keepOffTheNetwork() {
        if (System.getProperty("OPT_OUT_TRACKING") == null) {
            System.setProperty("OPT_OUT_TRACKING", "true");
        }
    }

    static ReaderViewModel viewModel(ReaderPreferences preferences) {
        return new ReaderViewModel(articles(), comparer(), new FxBackground(), FxBackground.forFiles(),
                FxBackground.forCorpus(), preferences);
    }

    public static ArticleSource articles() {
        ArticleReader reader = new ArticleReader();
        return new ArticleSource() {
            @Override
            public LibraryContents load(Path folder) throws ArticleLoadException {
                return ArticleLibrary.load(folder);
            }

            @Override
            public LibraryContents load(Path folder, ArticleLibrary.Progress progress) throws ArticleLoadException {
                return ArticleLibrary.load(folder, progress);
            }

            @Override
            public Article read(Path file) throws ArticleLoadException {
                return reader.read(file);
            }
        };
    }

    /** The engine keeps embeddings in the user's cache folder, as the {@code corpus} command does. */
    public static Comparer comparer() {
        ComparisonEngine engine = new ComparisonEngine(new SentenceEmbedder(EmbeddingStore.inUserCache()));
        CorpusEngine corpus = new CorpusEngine(engine);
        return new Comparer() {
            @Override
            public void warmUp() {
                engine.warmUp();
            }

            @Override
            public Comparison compare(Article left, Article right, double minSimilarity) {
                return engine.compare(left, right, minSimilarity);
            }

            @Override
            public double defaultMinSimilarity() {
                return engine.defaultMinSimilarity();
            }

            @Override
            public Corpus analyse(List<Article> articles, Progress progress) {
                return corpus.analyse(articles, new CorpusEngine.Progress() {
                    @Override
                    public void pairDone(int done, int total) {
                        progress.pairsDone(done, total);
                    }

                    @Override
                    public void embedded(int done, int total) {
                        progress.passagesEmbedded(done, total);
                    }
                });
            }
        };
    }
}
