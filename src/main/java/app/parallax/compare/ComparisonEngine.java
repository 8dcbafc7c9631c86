package app.parallax.compare;

import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.DiffChunk;
import app.parallax.model.PerSide;
import app.parallax.model.QuoteMatch;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Span;
import app.parallax.text.Terms.Term;
import app.parallax.text.Word;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Compares two articles: the quotes that render the same statement, the claims both make, the phrases
 * they share word for word, what only one of them says, and what is not content at all. Thread-safe; an
 * interrupted caller gets a {@link CancellationException}.
 */
public final class ComparisonEngine {

    /**
     * Pair probabilities (from {@link SimilarityModel}) chosen on the five seed articles. A unit is only in
     * one source when it has no match, shares no verbatim phrase, and no unit of the other scores this high.
     */
    static final double QUOTE_THRESHOLD = 0.5;
    /** Quotes less alike than this in meaning are not worth aligning word by word. */
    private static final double QUOTE_MIN_COSINE = 0.5;
    static final double CLAIM_THRESHOLD = 0.45;
    static final double UNIQUE_THRESHOLD = 0.25;
    /** A quote's unmatched head or tail this long is left out of the match (the outlet's own framing). */
    private static final int TRIM_MIN_WORDS = 4;
    /** A statement both quote is at least this long; "the Gorsuch" against "Gorsuch" is a name, not a quote. */
    private static final int MIN_CORE_WORDS = 3;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "its", "their");
    private static final double VERBATIM_RUN = 0.8;
    private static final int ANALYSES_KEPT = 64;
    /** Pairs less alike in meaning than this never reached a threshold on the seeds; they are not scored. */
    private static final double MIN_COSINE = 0.2;
    /**
     * Comparing is quadratic in sentences: 60,000 characters a side take seconds; this limit (some twenty
     * times a long news article) keeps the worst case around a minute instead of hours.
     */
    static final int MAX_CHARACTERS = 250_000;

    private final SentenceEmbedder embedder;
    private final SimilarityModel model = SimilarityModel.bundled();
    private final PairFeatures features = new PairFeatures(DocumentFrequencies.bundled());
    private final UnitFactory units = new UnitFactory();
    private final ConflictFinder conflicts = new ConflictFinder();
    private final Map<Article, ArticleAnalysis> analyses = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Article, ArticleAnalysis> eldest) {
                    return size() > ANALYSES_KEPT;
                }
            });

    public ComparisonEngine() {
        this(new SentenceEmbedder());
    }

    public ComparisonEngine(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Loads the embedding model now, so that the first comparison does not wait for it. */
    public void warmUp() {
        embedder.warmUp();
    }

    public Comparison compare(Article left, Article right) {
        for (Article article : List.of(left, right)) {
            if (article.text().length() > MAX_CHARACTERS) {
                throw new IllegalArgumentException(article.file() + ": too long to compare ("
                        + article.text().length() / 1000 + "k characters; the limit is " + MAX_CHARACTERS / 1000 + "k)");
            }
        }
        ArticleAnalysis a = analysis(left);
        ArticleAnalysis b = analysis(right);
        checkCancelled();
        List<QuoteMatch> quotes = matchQuotes(a, b);
        double[][] p = new double[a.units.size()][b.units.size()];
        for (int i = 0; i < a.units.size(); i++) {
            checkCancelled();
            for (int j = 0; j < b.units.size(); j++) {
                Unit ua = a.units.get(i);
                Unit ub = b.units.get(j);
                // Far apart in meaning: left unscored (0), which keeps long articles fast.
                double cosine = SentenceEmbedder.cosine(ua.embedding(), ub.embedding());
                if (cosine >= MIN_COSINE) {
                    p[i][j] = model.probability(features.of(ua, ub, cosine));
                }
            }
        }
        List<ClaimMatch> claims = matchClaims(a, b, p, quotes);
        List<SharedPhrase> phrases = new SharedPhrases().find(left.text(), a.contentWords, right.text(), b.contentWords);
        PerSide<List<Span>> unique = new PerSide<>(unique(a, p, claims, quotes, phrases, true),
                unique(b, p, claims, quotes, phrases, false));
        return new Comparison(left, right, quotes, claims, phrases, unique,
                new PerSide<>(a.boilerplateSpans(), b.boilerplateSpans()));
    }

    /** The claim similarity of two standalone sentences (0..1), as the {@code pairs} command prints it. */
    public double similarity(String first, String second) {
        Unit a = units.unit(first).withEmbedding(embedder.embed(first));
        Unit b = units.unit(second).withEmbedding(embedder.embed(second));
        return model.probability(features.of(a, b));
    }

    /**
     * The verdict on two standalone sentences: the model's threshold, picked on MSRP train. Within an
     * article comparison a lower one ({@link #CLAIM_THRESHOLD}) serves, because a pair must also be the best
     * counterpart of one of its sentences.
     */
    public boolean isSameClaim(double similarity) {
        return similarity >= model.threshold();
    }

    private ArticleAnalysis analysis(Article article) {
        ArticleAnalysis cached = analyses.get(article);
        if (cached != null) {
            return cached;
        }
        checkCancelled();
        ArticleAnalysis fresh = ArticleAnalysis.of(article, units, embedder);
        analyses.put(article, fresh);
        return fresh;
    }

    private List<QuoteMatch> matchQuotes(ArticleAnalysis a, ArticleAnalysis b) {
        int n = a.quotes.size();
        int m = b.quotes.size();
        QuoteMatch[][] candidates = new QuoteMatch[n][m];
        double[][] p = new double[n][m];
        for (int i = 0; i < n; i++) {
            checkCancelled();
            for (int j = 0; j < m; j++) {
                Unit qa = a.quotes.get(i).unit();
                Unit qb = b.quotes.get(j).unit();
                if (SentenceEmbedder.cosine(qa.embedding(), qb.embedding()) < QUOTE_MIN_COSINE) {
                    continue;
                }
                QuoteMatch match = quoteMatch(a.article.text(), a.quotes.get(i), b.article.text(), b.quotes.get(j));
                if (wordCount(match.left()) >= MIN_CORE_WORDS && wordCount(match.right()) >= MIN_CORE_WORDS) {
                    candidates[i][j] = match;
                    p[i][j] = match.similarity();
                }
            }
        }
        List<QuoteMatch> matches = new ArrayList<>();
        for (int[] pair : bestPairs(p, QUOTE_THRESHOLD)) {
            matches.add(candidates[pair[0]][pair[1]]);
        }
        return matches;
    }

    /**
     * Two quotes aligned word by word. A long head or tail that only one side quotes (the outlet's own
     * framing: "Attention was drawn to the fact that …") is left out, and the statement both render is
     * scored on its own.
     */
    private QuoteMatch quoteMatch(String leftText, ArticleAnalysis.QuoteUnit qa, String rightText,
                                  ArticleAnalysis.QuoteUnit qb) {
        List<Word> left = qa.unit().words();
        List<Word> right = qb.unit().words();
        int[] leftCore = coreRange(qa.unit(), qb.unit().termSet());
        int[] rightCore = coreRange(qb.unit(), qa.unit().termSet());
        List<Word> leftWords = left.subList(leftCore[0], leftCore[1]);
        List<Word> rightWords = right.subList(rightCore[0], rightCore[1]);
        Span leftSpan = Span.of(leftText, leftWords.get(0).start(), leftWords.get(leftWords.size() - 1).end());
        Span rightSpan = Span.of(rightText, rightWords.get(0).start(), rightWords.get(rightWords.size() - 1).end());
        Unit leftUnit = core(leftText, qa.unit(), leftSpan);
        Unit rightUnit = core(rightText, qb.unit(), rightSpan);
        double similarity = model.probability(features.of(leftUnit, rightUnit));
        List<DiffChunk> diff = WordDiff.chunks(leftText, leftWords, rightText, rightWords,
                WordDiff.steps(leftWords, rightWords));
        return new QuoteMatch(leftSpan, rightSpan, similarity, diff, qa.quote().speaker(), qb.quote().speaker(),
                sharedWords(leftUnit, rightUnit));
    }

    /**
     * The words [from, to) of a quote that render the statement the other quote renders: a head or tail of
     * at least {@link #TRIM_MIN_WORDS} words sharing no content word with the other quote is the outlet's
     * own framing ("Attention was drawn to the fact that …") and is left out.
     */
    private static int[] coreRange(Unit quote, Set<String> otherTerms) {
        int size = quote.words().size();
        boolean[] shared = new boolean[size];
        for (Term t : quote.terms()) {
            if (otherTerms.contains(t.stem())) {
                shared[t.word()] = true;
            }
        }
        int first = 0;
        while (first < size && !shared[first]) {
            first++;
        }
        if (first == size) {
            return new int[] {0, size};
        }
        while (first > 0 && DETERMINERS.contains(quote.words().get(first - 1).key())) {
            first--;
        }
        int last = size - 1;
        while (!shared[last]) {
            last--;
        }
        return new int[] {first >= TRIM_MIN_WORDS ? first : 0, size - (last + 1) >= TRIM_MIN_WORDS ? last + 1 : size};
    }

    private Unit core(String text, Unit whole, Span core) {
        return core.equals(whole.span()) ? whole : units.unit(text, core).withEmbedding(embedder.embed(core.text()));
    }

    private List<ClaimMatch> matchClaims(ArticleAnalysis a, ArticleAnalysis b, double[][] p, List<QuoteMatch> quotes) {
        List<ClaimMatch> claims = new ArrayList<>();
        for (int[] pair : bestPairs(p, CLAIM_THRESHOLD)) {
            Unit ua = a.units.get(pair[0]);
            Unit ub = b.units.get(pair[1]);
            if (coveredByQuote(ua.span(), ub.span(), quotes)) {
                continue;
            }
            int shorter = Math.min(ua.words().size(), ub.words().size());
            boolean verbatim = PairFeatures.longestCommonRun(ua.words(), ub.words()) >= VERBATIM_RUN * shorter;
            claims.add(new ClaimMatch(ua.span(), ub.span(), p[pair[0]][pair[1]], verbatim, sharedWords(ua, ub),
                    conflicts.find(ua.figures(), ub.figures())));
        }
        return claims;
    }

    /** The sentences around a quote match already shown as a quote need no claim match of their own. */
    private static boolean coveredByQuote(Span left, Span right, List<QuoteMatch> quotes) {
        for (QuoteMatch q : quotes) {
            if (left.contains(q.left()) && right.contains(q.right())) {
                return true;
            }
        }
        return false;
    }

    private List<Span> unique(ArticleAnalysis side, double[][] p, List<ClaimMatch> claims, List<QuoteMatch> quotes,
                              List<SharedPhrase> phrases, boolean isLeft) {
        List<Span> unique = new ArrayList<>();
        for (int i = 0; i < side.units.size(); i++) {
            Unit u = side.units.get(i);
            if (!side.isSubstantial(u)) {
                continue;
            }
            double best = 0;
            if (isLeft) {
                for (double v : p[i]) {
                    best = Math.max(best, v);
                }
            } else {
                for (double[] row : p) {
                    best = Math.max(best, row[i]);
                }
            }
            boolean matched = claims.stream().anyMatch(c -> (isLeft ? c.left() : c.right()).overlaps(u.span()))
                    || quotes.stream().anyMatch(q -> u.span().overlaps(isLeft ? q.left() : q.right()))
                    || phrases.stream().anyMatch(ph -> u.span().overlaps(isLeft ? ph.left() : ph.right()));
            if (!matched && best < UNIQUE_THRESHOLD) {
                unique.add(u.span());
            }
        }
        return unique;
    }

    /**
     * Pairs above the threshold that are the best match of at least one of their two units, in the order of
     * the left text. A unit may match several others; a weak pairing of two units that both have better
     * partners is dropped.
     */
    static List<int[]> bestPairs(double[][] p, double threshold) {
        int n = p.length;
        int m = n == 0 ? 0 : p[0].length;
        int[] bestForRight = new int[m];
        for (int j = 0; j < m; j++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (best < 0 || p[i][j] > p[best][j]) {
                    best = i;
                }
            }
            bestForRight[j] = best;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int bestForLeft = -1;
            for (int j = 0; j < m; j++) {
                if (bestForLeft < 0 || p[i][j] > p[i][bestForLeft]) {
                    bestForLeft = j;
                }
            }
            for (int j = 0; j < m; j++) {
                if (p[i][j] >= threshold && (j == bestForLeft || bestForRight[j] == i)) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    private static List<String> sharedWords(Unit a, Unit b) {
        Set<String> shared = new LinkedHashSet<>();
        for (Term t : a.terms()) {
            if (b.termSet().contains(t.stem()) && !t.stem().equals("not")) {
                shared.add(a.words().get(t.word()).surface());
            }
        }
        return List.copyOf(shared);
    }

    private static int wordCount(Span span) {
        return span.text().strip().split("\\s+").length;
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
