package app.parallax.corpus;

import app.parallax.compare.ComparisonEngine;
import app.parallax.compare.EmbeddingStore;
import app.parallax.compare.LibraryAnalysis;
import app.parallax.model.Article;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.QuoteMatch;
import app.parallax.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who reports what across a library. Every article is analysed and all their passages embedded in one
 * batched pass; a vector search then picks the pairs of articles that have two passages near in meaning
 * ({@link CandidatePairs}: exact below {@link #EXACT_SEARCH_LIMIT} passages, a Lucene HNSW index above);
 * only those pairs go to the pair engine, which makes exactly the pair view's decisions; its quote and claim
 * matches are joined into groups by {@link PassageGroups}. A passage is only its outlet's when every
 * compared pair left it unmatched.
 */
public final class CorpusEngine {

    /** Told how the analysis advances, from working threads. */
    public interface Progress {
        /** After each compared pair of articles. */
        void pairDone(int done, int total);

        /** As the library's passages are embedded (those not in the cache). */
        default void embedded(int done, int total) {
        }

        /** Once every article is analysed and its passages embedded. */
        default void analysed() {
        }

        /** After the vector search: how many passages the library has and how many pairs of articles to compare. */
        default void searched(int passages, int pairs) {
        }
    }

    /** Passages up to which every pair of them is compared directly (some hundred articles, about a second). */
    static final int EXACT_SEARCH_LIMIT = 4_000;

    private final ComparisonEngine engine;
    private final Path indexFolder;
    private final PairLinkStore pairLinks;
    private final int exactLimit;

    /** Keeps its vector indexes and compared pairs beside the user's embedding cache. */
    public CorpusEngine(ComparisonEngine engine) {
        this(engine, EmbeddingStore.inUserCache().folder());
    }

    /** Keeps its vector indexes and compared pairs in {@code cacheFolder}. */
    public CorpusEngine(ComparisonEngine engine, Path cacheFolder) {
        this(engine, cacheFolder, EXACT_SEARCH_LIMIT);
    }

    /** {@code exactLimit}: the most passages searched exactly; above, the HNSW index (tests compare the two). */
    CorpusEngine(ComparisonEngine engine, Path cacheFolder, int exactLimit) {
        this.engine = engine;
        this.indexFolder = cacheFolder.resolve("indexes");
        this.pairLinks = new PairLinkStore(cacheFolder, engine.fingerprint());
        this.exactLimit = exactLimit;
    }

    public Corpus analyse(List<Article> articles) {
        return analyse(articles, (done, total) -> { });
    }

    /** Throws {@link java.util.concurrent.CancellationException} when the calling thread is interrupted. */
    public Corpus analyse(List<Article> articles, Progress progress) {
        LibraryAnalysis library = engine.analyseLibrary(articles, progress::embedded);
        progress.analysed();
        List<LibraryAnalysis.Passage> passages = library.passages();
        CandidatePairs search = passages.size() <= exactLimit
                ? new ExactCandidatePairs() : new HnswCandidatePairs(indexFolder);
        List<Long> pairs = search.pairs(library, passages).stream().sorted().toList();
        progress.searched(passages.size(), pairs.size());
        AtomicInteger done = new AtomicInteger();
        Thread caller = Thread.currentThread();
        // Each comparison is reduced to its links at once: a library's thousands of full comparisons (diffs,
        // shared phrases) would not fit in memory together.
        List<PairLinks> compared = pairs.parallelStream().map(key -> {
            if (caller.isInterrupted()) {
                throw new java.util.concurrent.CancellationException("corpus analysis cancelled");
            }
            Article left = articles.get(CandidatePairs.first(key));
            Article right = articles.get(CandidatePairs.second(key));
            PairLinks links = pairLinks.get(left, right).orElseGet(() -> {
                PairLinks fresh = PairLinks.of(library.compare(left, right));
                pairLinks.put(fresh);
                return fresh;
            });
            progress.pairDone(done.incrementAndGet(), pairs.size());
            return links;
        }).toList();
        List<PassageGroups.Link> quoteLinks = new ArrayList<>();
        List<PassageGroups.Link> claimLinks = new ArrayList<>();
        Map<CorpusMember, Integer> uniqueCount = new HashMap<>();
        Map<Article, Integer> comparedWith = new HashMap<>();
        for (PairLinks c : compared) {
            quoteLinks.addAll(c.quotes());
            claimLinks.addAll(c.claims());
            c.unique().forEach(m -> uniqueCount.merge(m, 1, Integer::sum));
            comparedWith.merge(c.left(), 1, Integer::sum);
            comparedWith.merge(c.right(), 1, Integer::sum);
        }
        List<CorpusMember> unique = new ArrayList<>();
        uniqueCount.forEach((member, count) -> {
            if (count.equals(comparedWith.get(member.article()))) {
                unique.add(member);
            }
        });
        for (Article a : articles) {
            if (!comparedWith.containsKey(a)) {
                library.onlyIn(a).forEach(s -> unique.add(new CorpusMember(a, s)));
            }
        }
        Map<Article, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            order.put(articles.get(i), i);
        }
        unique.sort(Comparator.comparingInt((CorpusMember m) -> order.get(m.article())).thenComparing(CorpusMember::span));
        PassageGroups grouping = new PassageGroups(articles);
        return new Corpus(articles, numbered("q", grouping.group(quoteLinks)), numbered("c", grouping.group(claimLinks)),
                unique);
    }

    /** What the corpus keeps of one pair's comparison. */
    record PairLinks(Article left, Article right, List<PassageGroups.Link> quotes,
                             List<PassageGroups.Link> claims, List<CorpusMember> unique) {

        static PairLinks of(Comparison c) {
            List<PassageGroups.Link> quotes = new ArrayList<>();
            for (QuoteMatch q : c.quotes()) {
                quotes.add(link(c.left(), q.left(), c.right(), q.right(), q.similarity()));
            }
            List<PassageGroups.Link> claims = new ArrayList<>();
            for (ClaimMatch m : c.claims()) {
                claims.add(link(c.left(), m.left(), c.right(), m.right(), m.similarity()));
            }
            List<CorpusMember> unique = new ArrayList<>();
            c.unique().left().forEach(s -> unique.add(new CorpusMember(c.left(), s)));
            c.unique().right().forEach(s -> unique.add(new CorpusMember(c.right(), s)));
            return new PairLinks(c.left(), c.right(), quotes, claims, unique);
        }
    }

    private static PassageGroups.Link link(Article left, Span a, Article right, Span b, double score) {
        return new PassageGroups.Link(new CorpusMember(left, a), new CorpusMember(right, b), score);
    }

    private static List<CorpusGroup> numbered(String prefix, List<PassageGroups.Grouped> groups) {
        List<CorpusGroup> result = new ArrayList<>();
        for (PassageGroups.Grouped g : groups) {
            result.add(new CorpusGroup(prefix + (result.size() + 1), g.gist(), g.members()));
        }
        return result;
    }
}
