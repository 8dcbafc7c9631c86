package app.parallax.corpus;

import app.parallax.compare.LibraryAnalysis;
import app.parallax.compare.LibraryAnalysis.Passage;

import java.util.List;
import java.util.Set;

/**
 * Which pairs of a library's articles are worth comparing: those where some passage of one lies near some
 * passage of the other in meaning and passes {@link LibraryAnalysis#mayMatch}. Only they go to the pair
 * engine, so a library costs its embeddings and a vector search, not a comparison for every pair of articles.
 */
interface CandidatePairs {

    /**
     * The lowest cosine of any pair the pair engine aligned on the dev gold (quotes 0.80, claims 0.83, related
     * 0.82, over all 36 article pairs): articles with no two passages this alike share nothing it would show.
     */
    double MIN_COSINE = 0.78;

    /**
     * The rival gap {@link LibraryAnalysis#mayMatch} assumes where every pair can be afforded: the widest
     * an annotated pair showed, so no pair a comparison would link is left out.
     */
    double GENEROUS_GAP = 0.2;

    /**
     * The gap assumed for a large library. On 128 BBC business articles it compares 402 pairs instead of 906
     * and loses 6 of the 135 that share a quote or claim: the price of finishing a library of thousands.
     */
    double NARROW_GAP = 0.1;

    /** Pairs {i, j} of article indices (i &lt; j), encoded by {@link #key}. */
    Set<Long> pairs(LibraryAnalysis library, List<Passage> passages);

    static long key(int i, int j) {
        return (long) Math.min(i, j) << 32 | Math.max(i, j);
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }
}
