package app.parallax.ui.pair;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.LibraryContents;
import app.parallax.library.LoadProblem;
import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.Conflict;
import app.parallax.model.DiffChunk;
import app.parallax.model.Nearest;
import app.parallax.model.PerSide;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;
import app.parallax.ui.library.ArticleSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

/** Hand-built articles and comparisons for the view-model tests. */
public final class Fixtures {

    static final String LEFT_TEXT = "Title A\n\n“The responses did not take into account Russia’s main concerns,” "
            + "the Kremlin said. More than 100,000 troops are at the border. Only A says this.";
    static final String RIGHT_TEXT = "Title B\n\nMoscow has some 100,000 troops near the border. "
            + "“The responses didn't take into account Russia's fundamental concerns,” the Kremlin said.";

    public static final Article LEFT = article("a.txt", "Title A", LEFT_TEXT);
    public static final Article RIGHT = article("b.txt", "Title B", RIGHT_TEXT);
    public static final Article THIRD = article("c.txt", "Another story", "Title C\n\nSomething else entirely.");

    private Fixtures() {
    }

    public static Article article(String file, String title, String text) {
        return new Article(Path.of("/library").resolve(file), text, ArticleMetadata.titled(title));
    }

    static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return Span.of(text, at, at + words.length());
    }

    static QuoteMatch quote() {
        return new QuoteMatch(
                span(LEFT_TEXT, "The responses did not take into account Russia’s main concerns"),
                span(RIGHT_TEXT, "The responses didn't take into account Russia's fundamental concerns"),
                0.93,
                List.of(new DiffChunk(DiffChunk.Op.EQUAL, "The responses", "The responses"),
                        new DiffChunk(DiffChunk.Op.REPLACE, "did not", "didn't"),
                        new DiffChunk(DiffChunk.Op.EQUAL, "take into account", "take into account"),
                        new DiffChunk(DiffChunk.Op.REPLACE, "Russia’s main", "Russia's fundamental"),
                        new DiffChunk(DiffChunk.Op.EQUAL, "concerns", "concerns")),
                Optional.of("the Kremlin"), Optional.of("the Kremlin"), List.of("responses", "account", "concerns"));
    }

    static ClaimMatch quoteSentenceClaim() {
        return new ClaimMatch(
                span(LEFT_TEXT, "“The responses did not take into account Russia’s main concerns,” the Kremlin said."),
                span(RIGHT_TEXT, "“The responses didn't take into account Russia's fundamental concerns,” the Kremlin said."),
                0.9, false, List.of("responses", "kremlin"), Optional.empty());
    }

    static ClaimMatch troops() {
        return new ClaimMatch(
                span(LEFT_TEXT, "More than 100,000 troops are at the border."),
                span(RIGHT_TEXT, "Moscow has some 100,000 troops near the border."),
                0.8, false, List.of("troops", "border"),
                Optional.of(new Conflict(span(LEFT_TEXT, "More than 100,000"), span(RIGHT_TEXT, "some 100,000"))));
    }

    static SharedPhrase phrase() {
        return new SharedPhrase(span(LEFT_TEXT, "take into account Russia"),
                span(RIGHT_TEXT, "take into account Russia"), 4);
    }

    static Span onlyA() {
        return span(LEFT_TEXT, "Only A says this.");
    }

    /** What the engine found closest to {@link #onlyA()}: the troops sentence, far below the bar. */
    static Nearest nearestToOnlyA() {
        return new Nearest(onlyA(), span(RIGHT_TEXT, "Moscow has some 100,000 troops near the border."), 0.12);
    }

    static Comparison comparison() {
        return new Comparison(LEFT, RIGHT, List.of(quote()), List.of(quoteSentenceClaim(), troops()), List.of(),
                List.of(phrase()),
                new PerSide<>(List.of(onlyA()), List.of()),
                new PerSide<>(List.of(nearestToOnlyA()), List.of()),
                new PerSide<>(List.of(span(LEFT_TEXT, "Title A")), List.of(span(RIGHT_TEXT, "Title B"))));
    }

    /** A source serving a fixed library; files named "bad*" cannot be read. */
    public static ArticleSource source(List<Article> articles) {
        return new ArticleSource() {
            @Override
            public LibraryContents load(Path folder) throws ArticleLoadException {
                if (folder.toString().contains("missing")) {
                    throw new ArticleLoadException("There is no folder " + folder);
                }
                return new LibraryContents(folder, articles, List.of(new LoadProblem(folder.resolve("bad.txt"),
                        "bad.txt is not a text file")));
            }

            @Override
            public Article read(Path file) throws ArticleLoadException {
                throw new ArticleLoadException(file.getFileName() + " cannot be read: it is not a text file");
            }

            /** A file of the library imported again is the same article; nothing is written. */
            @Override
            public Article importFile(Path folder, Path file) throws ArticleLoadException {
                for (Article a : articles) {
                    if (a.file().equals(file)) {
                        return a;
                    }
                }
                return read(file);
            }
        };
    }

    /**
     * Records what it was asked to compare and at which bar, and answers with {@link #comparison()} shaped for
     * the pair; above {@link #STRICT} its claims are only "possibly the same".
     */
    public static final class RecordingComparer implements Comparer {
        static final double DEFAULT_BAR = 0.45;
        static final double STRICT = 0.85;
        public final List<String> asked = new ArrayList<>();
        final List<Double> bars = new ArrayList<>();
        int warmUps;

        @Override
        public void warmUp() {
            warmUps++;
        }

        @Override
        public Comparison compare(Article left, Article right, double minSimilarity) {
            asked.add(left.file().getFileName() + "|" + right.file().getFileName());
            bars.add(minSimilarity);
            if (left == LEFT && right == RIGHT) {
                Comparison c = comparison();
                if (minSimilarity <= STRICT) {
                    return c;
                }
                return new Comparison(c.left(), c.right(), c.quotes(), List.of(),
                        c.claims().stream().map(m -> new RelatedPair(m.left(), m.right(), m.similarity(), m.conflict()))
                                .toList(),
                        c.phrases(), c.unique(), c.nearest(), c.boilerplate());
            }
            return new Comparison(left, right, List.of(), List.of(), List.of(),
                    new PerSide<>(List.of(), List.of()), new PerSide<>(List.of(), List.of()));
        }

        @Override
        public double defaultMinSimilarity() {
            return DEFAULT_BAR;
        }

        /** The view-model tests of the pair view never open the corpus view (CorpusWindowTest uses the engine). */
        @Override
        public app.parallax.corpus.Corpus analyse(List<Article> articles, Progress progress) {
            throw new UnsupportedOperationException("the recording comparer compares pairs only");
        }
    }

    /** A fresh, empty preferences node under the test root (surefire points the root at target/test-prefs). */
    public static ReaderPreferences preferences(String name) {
        return new ReaderPreferences(Preferences.userRoot().node("parallax-tests/" + name + "-" + UUID.randomUUID()));
    }
}
