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
 * Candidate pairs by brute force: every passage's dot product with every later passage of another article
 * (the vectors are unit length, so that is the cosine), until a pair of articles has one link that passes.
 * Exact, and cheap for a reader's library: 4,000 passages (some hundred articles) are 8 million products,
 * about a second.
 */
final class ExactCandidatePairs implements CandidatePairs {

    @Override
    public Set<Long> pairs(LibraryAnalysis library, List<Passage> passages) {
        float[][] v = passages.stream().map(Passage::vector).toArray(float[][]::new);
        Set<Long> found = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        IntStream.range(0, v.length).parallel().forEach(i -> {
            if (caller.isInterrupted()) {
                throw new CancellationException("corpus analysis cancelled");
            }
            Passage p = passages.get(i);
            for (int j = i + 1; j < v.length; j++) {
                Passage q = passages.get(j);
                if (q.article() == p.article() || q.quote() != p.quote()) {
                    continue;
                }
                long key = CandidatePairs.key(p.article(), q.article());
                if (found.contains(key)) {
                    continue;
                }
                double cosine = Vectors.dot(v[i], v[j]);
                if (cosine >= MIN_COSINE && library.mayMatch(p, q, cosine)) {
                    found.add(key);
                }
            }
        });
        return new HashSet<>(found);
    }
}
