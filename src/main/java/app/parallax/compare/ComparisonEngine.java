package app.parallax.compare;

import app.parallax.model.Article;
import app.parallax.model.Comparison;
import app.parallax.model.Nearest;
import app.parallax.model.PerSide;
import app.parallax.model.QuoteMatch;
import app.parallax.model.SharedPhrase;
import app.parallax.model.Side;
import app.parallax.model.Span;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two articles: the quotes that render the same statement, the claims both make, the phrases
 * they share word for word, what only one of them says, and what is not content at all. Thread-safe; an
 * interrupted caller gets a {@link CancellationException}.
 */
public final class ComparisonEngine {

    private static final int ANALYSES_KEPT = 64;
    /** Changed whenever a change to the matching rules changes what a comparison finds. */
    private static final String RULES_VERSION = "2026-12-02";
    /** Passages embedded per call when a library is analysed: a few seconds of work, then saved to the cache. */
    private static final int EMBEDDING_CHUNK = 2_048;

    private final SentenceEmbedder embedder;
    private volatile String fingerprint;
    private final ClaimModel model = ClaimModel.bundled();
    private final ClaimFeatures features = new ClaimFeatures(new PairFeatures(DocumentFrequencies.bundled()));
    private final ClaimScorer scorer = new ClaimScorer(model, features);
    private final ClaimScorer paraphraseScorer = new ClaimScorer(ClaimModel.paraphrase(), features);
    private final UnitFactory units = new UnitFactory();
    private final ClaimAligner claimAligner = new ClaimAligner();
    private final UniqueFinder uniqueFinder = new UniqueFinder();
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

    /** The similarity a shared claim needs by default (0..1); {@link #compare(Article, Article, double)} moves it. */
    public double defaultMinSimilarity() {
        return model.threshold(ClaimModel.Threshold.SHARED);
    }

    public Comparison compare(Article left, Article right) {
        return compare(left, right, defaultMinSimilarity());
    }

    /**
     * Compares with a stricter or looser bar for shared claims: {@code minSimilarity} replaces the default
     * claim threshold and moves the quote threshold by as much. Embeddings and analyses are cached, so
     * comparing the same pair again at another strictness costs milliseconds.
     */
    public Comparison compare(Article left, Article right, double minSimilarity) {
        if (minSimilarity < 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("the minimum similarity must lie between 0 and 1, not " + minSimilarity);
        }
        return compare(left, analysis(left), right, analysis(right), minSimilarity);
    }

    /** The comparison of two analysed articles (the default bar when {@code minSimilarity} is NaN). */
    Comparison compare(ArticleAnalysis a, ArticleAnalysis b, double minSimilarity) {
        return compare(a.article, a, b.article, b, minSimilarity);
    }

    /**
     * The comparison names the caller's own article objects: a cached analysis may have been made from an
     * equal article read earlier, and a view tells its current pair from a stale one by identity.
     */
    private Comparison compare(Article left, ArticleAnalysis a, Article right, ArticleAnalysis b, double minSimilarity) {
        if (Double.isNaN(minSimilarity)) {
            minSimilarity = defaultMinSimilarity();
        }
        Cancellation.check();
        double shift = minSimilarity - defaultMinSimilarity();
        double quoteThreshold = clamp(model.threshold(ClaimModel.Threshold.QUOTE) + shift);
        double relatedThreshold = Math.min(model.threshold(ClaimModel.Threshold.RELATED), minSimilarity);
        List<QuoteMatch> quotes = quoteAligner().align(a, b, quoteThreshold);
        Scores p = scorer.score(a, b);
        ClaimAligner.Claims claims = claimAligner.align(a, b, p, quotes, minSimilarity, relatedThreshold);
        List<SharedPhrase> phrases = new SharedPhrases().find(left.text(), a.contentWords, right.text(), b.contentWords);
        PerSide<List<Span>> unique = new PerSide<>(
                uniqueFinder.unique(a, Side.LEFT, quotes, claims.shared(), claims.related(), phrases),
                uniqueFinder.unique(b, Side.RIGHT, quotes, claims.shared(), claims.related(), phrases));
        PerSide<List<Nearest>> nearest = new PerSide<>(uniqueFinder.nearest(unique.left(), a, b, Side.LEFT, p),
                uniqueFinder.nearest(unique.right(), b, a, Side.RIGHT, p));
        return new Comparison(left, right, quotes, claims.shared(), claims.related(), phrases, unique, nearest,
                new PerSide<>(a.boilerplateSpans(), b.boilerplateSpans()));
    }

    /**
     * How alike two standalone sentences are (0..1), as the {@code pairs} command prints it: the paraphrase
     * model, fitted on MSRP train, because two sentences out of context ask MSRP's question.
     */
    public double similarity(String first, String second) {
        Unit a = units.unit(first).withEmbedding(embedder.embed(first));
        Unit b = units.unit(second).withEmbedding(embedder.embed(second));
        return paraphraseScorer.score(a, b);
    }

    /** The verdict on two standalone sentences: the paraphrase model's threshold, picked on MSRP train. */
    public boolean isSameClaim(double similarity) {
        return similarity >= ClaimModel.paraphrase().threshold(ClaimModel.Threshold.PARAPHRASE);
    }

    QuoteAligner quoteAligner() {
        // Two quotes of one statement ask both questions: a shared fact (news model) or the same sentence (MSRP).
        return new QuoteAligner(units, embedder, (x, y) -> Math.max(scorer.score(x, y), paraphraseScorer.score(x, y)));
    }

    /**
     * Analyses and embeds an article now (cached like any comparison's), so that a library can be prepared
     * before its pairs are compared; returns how many passages (sentences, clauses and quotes) it holds.
     */
    public int prepare(Article article) {
        ArticleAnalysis a = analysis(article);
        return a.units.size() + a.quotes.size();
    }

    /**
     * Analyses a whole library for comparing any of its pairs: every article drafted as text (on every core),
     * then all their passages embedded in one batched call, in chunks so that a cancelled run keeps what it
     * embedded in the disk cache. The analyses live as long as the returned object, not in this engine's
     * small cache of recent articles.
     */
    public LibraryAnalysis analyseLibrary(List<Article> articles, SentenceEmbedder.Progress progress) {
        Thread caller = Thread.currentThread();
        List<ArticleAnalysis.Draft> drafts = articles.parallelStream().map(article -> {
            if (caller.isInterrupted()) {
                throw new java.util.concurrent.CancellationException("analysis cancelled");
            }
            return ArticleAnalysis.draft(article, units);
        }).toList();
        List<String> texts = new java.util.ArrayList<>();
        drafts.forEach(d -> texts.addAll(d.texts()));
        List<float[]> vectors = new java.util.ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += EMBEDDING_CHUNK) {
            Cancellation.check();
            int done = from;
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + EMBEDDING_CHUNK));
            vectors.addAll(embedder.embedAll(chunk, (n, total) -> progress.embedded(done + n, texts.size())));
        }
        progress.embedded(texts.size(), texts.size());
        List<ArticleAnalysis> analysed = new java.util.ArrayList<>();
        int at = 0;
        for (ArticleAnalysis.Draft d : drafts) {
            int n = d.units().size() + d.quotes().size();
            analysed.add(d.embedded(vectors.subList(at, at + n)));
            at += n;
        }
        return new LibraryAnalysis(this, analysed);
    }

    /**
     * Names what this engine decides: its models and thresholds and the version of its rules. Results kept
     * between runs are kept under it, so that an engine that would decide differently does not reuse them.
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = computedFingerprint();
            fingerprint = known;
        }
        return known;
    }

    private static String computedFingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(RULES_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String resource : List.of("claim-model.tsv", "paraphrase-model.tsv")) {
                try (java.io.InputStream in = ComparisonEngine.class.getResourceAsStream(resource)) {
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the engine's own resources cannot be read", e);
        }
    }

    /** Every distinct passage text of {@code articles} that a library analysis embeds (for measuring the encoder). */
    public List<String> passageTexts(List<Article> articles) {
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        articles.parallelStream().map(a -> ArticleAnalysis.draft(a, units).texts()).toList().forEach(texts::addAll);
        return List.copyOf(texts);
    }

    /**
     * Whether two passages of two articles are alike enough that comparing the articles could match them: a
     * quote with a quote by meaning (the cosine the search found) or words; a sentence with a sentence when
     * the claim model's {@link ClaimScorer#ceiling ceiling} reaches the lowest bar a pair view shows.
     */
    boolean mayMatch(Unit a, boolean aQuote, Unit b, boolean bQuote, double cosine, double gap) {
        if (aQuote != bQuote) {
            return false;
        }
        // The lowest bar of any layer; a quote's trimmed core, which the pair view scores, can only gain on it.
        double bar = Math.min(model.threshold(ClaimModel.Threshold.RELATED), model.threshold(ClaimModel.Threshold.SHARED));
        if (aQuote) {
            return QuoteAligner.oneQuotesTheOther(a, b) || cosine >= QuoteAligner.MIN_COSINE
                    && Math.max(scorer.ceiling(a, b, cosine, gap), paraphraseScorer.score(a, b)) >= bar;
        }
        return cosine >= ClaimScorer.MIN_COSINE && scorer.ceiling(a, b, cosine, gap) >= bar;
    }

    /** What an article says that nothing else does, when no other article shares a passage with it. */
    List<Span> onlyIn(ArticleAnalysis a) {
        return uniqueFinder.unique(a, Side.LEFT, List.of(), List.of(), List.of(), List.of());
    }

    /** The analysis this engine works from (computed if not cached), for tools that study its decisions. */
    ArticleAnalysis analysisOf(Article article) {
        return analysis(article);
    }

    private ArticleAnalysis analysis(Article article) {
        ArticleAnalysis cached = analyses.get(article);
        if (cached != null) {
            return cached;
        }
        Cancellation.check();
        ArticleAnalysis fresh = ArticleAnalysis.of(article, units, embedder);
        analyses.put(article, fresh);
        return fresh;
    }

    private static double clamp(double p) {
        return Math.max(0.01, Math.min(0.99, p));
    }
}
