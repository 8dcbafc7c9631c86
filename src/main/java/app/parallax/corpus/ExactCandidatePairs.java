package app.parallax.corpus;

import app.parallax.compare.LibraryAnalysis;
import app.parallax.compare.LibraryAnalysis.Passage;
import app.parallax.compare.Vectors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * Candidate pairs by brute force: every passage's dot product with every passage of each later article (the
 * vectors are unit length, so that is the cosine), and the nearest two there tested, until a pair of
 * articles has one link that passes. Exact in the search, and cheap for a reader's library: 4,000 passages
 * (some hundred articles) are 8 million products, about a second.
 */
final class ExactCandidatePairs implements CandidatePairs {

    /** Per passage and other article, the nearest few passages there that are tested (the rest rarely pass). */
    private static final int TESTED_PER_ARTICLE = 2;

    @Override
    public Set<Long> pairs(LibraryAnalysis library, List<Passage> passages) {
        float[][] v = passages.stream().map(Passage::vector).toArray(float[][]::new);
        // Passages come article by article: blockStart[b] is the first of article b's.
        int articles = passages.isEmpty() ? 0 : passages.get(passages.size() - 1).article() + 1;
        int[] blockStart = new int[articles + 1];
        for (int k = passages.size() - 1; k >= 0; k--) {
            blockStart[passages.get(k).article()] = k;
        }
        blockStart[articles] = passages.size();
        Set<Long> found = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        IntStream.range(0, v.length).parallel().forEach(i -> {
            if (caller.isInterrupted()) {
                throw new CancellationException("corpus analysis cancelled");
            }
            Passage p = passages.get(i);
            int[] best = new int[TESTED_PER_ARTICLE];
            double[] bestCosine = new double[TESTED_PER_ARTICLE];
            for (int b = p.article() + 1; b < articles; b++) {
                long key = CandidatePairs.key(p.article(), b);
                if (found.contains(key)) {
                    continue;
                }
                java.util.Arrays.fill(bestCosine, Double.NEGATIVE_INFINITY);
                for (int j = blockStart[b]; j < blockStart[b + 1]; j++) {
                    if (passages.get(j).quote() != p.quote()) {
                        continue;
                    }
                    double cosine = Vectors.dot(v[i], v[j]);
                    for (int t = 0; t < TESTED_PER_ARTICLE; t++) {
                        if (cosine > bestCosine[t]) {
                            System.arraycopy(bestCosine, t, bestCosine, t + 1, TESTED_PER_ARTICLE - t - 1);
                            System.arraycopy(best, t, best, t + 1, TESTED_PER_ARTICLE - t - 1);
                            bestCosine[t] = cosine;
                            best[t] = j;
                            break;
                        }
                    }
                }
                for (int t = 0; t < TESTED_PER_ARTICLE; t++) {
                    if (bestCosine[t] >= MIN_COSINE && library.mayMatch(p, passages.get(best[t]), bestCosine[t], GENEROUS_GAP)) {
                        found.add(key);
                        break;
                    }
                }
            }
        });
        return new HashSet<>(found);
    }
}
