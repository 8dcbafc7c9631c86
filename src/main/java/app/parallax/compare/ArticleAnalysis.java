package app.parallax.compare;

import app.parallax.model.Article;
import app.parallax.model.Span;
import app.parallax.text.Boilerplate;
import app.parallax.text.Lines;
import app.parallax.text.Quote;
import app.parallax.text.QuoteFinder;
import app.parallax.text.Sentences;
import app.parallax.text.Word;
import app.parallax.text.WordTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one article contributes to any comparison, computed once per article: its boilerplate, its
 * content units (sentences, long ones split into clauses), its quotes and its content words.
 */
final class ArticleAnalysis {

    /** A quote as prepared for matching, with who said it. */
    record QuoteUnit(Quote quote, Unit unit) {
    }

    private static final int MIN_CLAUSE_WORDS = 6;
    private static final int MIN_SUBSTANCE_WORDS = 4;
    private static final int HEADING_MAX_WORDS = 12;

    final Article article;
    final List<Boilerplate.Line> boilerplate;
    final List<Unit> units;
    final List<QuoteUnit> quotes;
    final List<Word> contentWords;
    /** The line that carries the article's title, which restates the story rather than adding to it. */
    final Optional<Span> headline;

    private ArticleAnalysis(Article article, List<Boilerplate.Line> boilerplate, List<Unit> units,
                            List<QuoteUnit> quotes, List<Word> contentWords) {
        this.article = article;
        String title = article.title().strip();
        this.headline = title.isEmpty() ? Optional.empty() : Lines.nonBlank(article.text()).stream()
                .filter(line -> line.text().startsWith(title)).findFirst();
        this.boilerplate = boilerplate;
        this.units = units;
        this.quotes = quotes;
        this.contentWords = contentWords;
    }

    static ArticleAnalysis of(Article article, UnitFactory factory, SentenceEmbedder embedder) {
        Draft draft = draft(article, factory);
        return draft.embedded(embedder.embedAll(draft.texts()));
    }

    /**
     * An article analysed as text, before its passages are embedded: cheap, so a library drafts all its
     * articles first and embeds every passage in one batched call (far cheaper than an article at a time).
     */
    record Draft(Article article, List<Boilerplate.Line> boilerplate, List<Unit> units, List<QuoteUnit> quotes,
                 List<Word> contentWords) {

        /** What to embed: the units' texts, then the quotes'. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            units.forEach(u -> texts.add(u.text()));
            quotes.forEach(q -> texts.add(q.unit().text()));
            return texts;
        }

        ArticleAnalysis embedded(List<float[]> vectors) {
            List<Unit> embedded = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                embedded.add(units.get(i).withEmbedding(vectors.get(i)));
            }
            List<QuoteUnit> embeddedQuotes = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                QuoteUnit q = quotes.get(i);
                embeddedQuotes.add(new QuoteUnit(q.quote(), q.unit().withEmbedding(vectors.get(units.size() + i))));
            }
            return new ArticleAnalysis(article, boilerplate, embedded, embeddedQuotes, contentWords);
        }
    }

    static Draft draft(Article article, UnitFactory factory) {
        String text = article.text();
        List<Boilerplate.Line> boilerplate = new Boilerplate().find(text, article.title());
        List<Span> noise = boilerplate.stream().map(Boilerplate.Line::span).toList();
        Sentences sentences = new Sentences();
        List<Unit> units = new ArrayList<>();
        for (Span sentence : sentences.sentences(text)) {
            if (overlapsAny(sentence, noise)) {
                continue;
            }
            for (Span clause : sentences.clauses(text, sentence, MIN_CLAUSE_WORDS)) {
                Unit unit = factory.unit(text, clause);
                if (!unit.words().isEmpty()) {
                    units.add(unit);
                }
            }
        }
        List<QuoteUnit> quotes = new ArrayList<>();
        for (Quote q : new QuoteFinder().quotes(text)) {
            Unit unit = factory.unit(text, q.words());
            if (!overlapsAny(q.words(), noise) && !unit.words().isEmpty()) {
                quotes.add(new QuoteUnit(q, unit));
            }
        }
        List<Word> contentWords = new WordTokenizer().words(text).stream()
                .filter(w -> noise.stream().noneMatch(n -> n.start() <= w.start() && w.end() <= n.end()))
                .toList();
        return new Draft(article, boilerplate, units, quotes, contentWords);
    }

    /**
     * A unit that can be a claim of its own: a full sentence of a few words or a long line, and not the
     * headline or a subhead (short lines without a full stop), which restate the body rather than add to it.
     */
    boolean isSubstantial(Unit unit) {
        if (headline.isPresent() && headline.get().overlaps(unit.span())) {
            return false;
        }
        int words = unit.words().size();
        if (words < MIN_SUBSTANCE_WORDS) {
            return false;
        }
        String t = unit.text();
        char last = t.charAt(t.length() - 1);
        boolean ended = ".!?\"”’)…".indexOf(last) >= 0;
        return ended || words > HEADING_MAX_WORDS;
    }

    List<Span> boilerplateSpans() {
        return boilerplate.stream().map(Boilerplate.Line::span).toList();
    }

    private static boolean overlapsAny(Span span, List<Span> spans) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
