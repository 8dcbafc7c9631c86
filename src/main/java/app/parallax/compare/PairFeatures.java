package app.parallax.compare;

import app.parallax.text.Figure;
import app.parallax.text.Terms.Term;
import app.parallax.text.Word;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence that two units say the same thing. Lexical and semantic evidence err differently on news
 * (see DESIGN.md): embeddings blur "100,000 troops" and "100 troops", word overlap misses "main" and
 * "fundamental" concerns; {@link ClaimModel} weighs them together.
 */
final class PairFeatures {

    static final String[] NAMES = {
        "cosine", "weighted jaccard", "min coverage", "max coverage", "bigram dice", "longest run",
        "length ratio", "numbers agree", "numbers conflict", "negation mismatch", "names jaccard",
        "word jaccard", "cosine x weighted jaccard", "least unmatched weight", "most unmatched weight",
        "word trigram dice", "character 4-gram jaccard", "cosine x length ratio"
    };

    private final DocumentFrequencies frequencies;

    PairFeatures(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    double[] of(Unit a, Unit b) {
        return of(a, b, SentenceEmbedder.cosine(a.embedding(), b.embedding()));
    }

    /** The features, given the embeddings' cosine that the caller has already computed. */
    double[] of(Unit a, Unit b, double cosine) {
        return of(a, b, cosine, true);
    }

    /**
     * The same; {@code all} false leaves word jaccard and word trigram dice at 0, which the claim and
     * paraphrase models do not weigh (two of the costlier set intersections, in the corpus's hottest loop).
     */
    double[] of(Unit a, Unit b, double cosine, boolean all) {
        double[] f = new double[NAMES.length];
        double shared = 0;
        double onlyA = 0;
        double onlyB = 0;
        for (String t : a.termSet()) {
            if (b.termSet().contains(t)) {
                shared += frequencies.idf(t);
            } else {
                onlyA += frequencies.idf(t);
            }
        }
        for (String t : b.termSet()) {
            if (!a.termSet().contains(t)) {
                onlyB += frequencies.idf(t);
            }
        }
        double union = shared + onlyA + onlyB;
        double coverA = shared + onlyA == 0 ? 0 : shared / (shared + onlyA);
        double coverB = shared + onlyB == 0 ? 0 : shared / (shared + onlyB);
        f[0] = cosine;
        f[1] = union == 0 ? 0 : shared / union;
        f[2] = Math.min(coverA, coverB);
        f[3] = Math.max(coverA, coverB);
        f[4] = dice(a.grams().termBigrams(), b.grams().termBigrams());
        int shorter = Math.min(a.words().size(), b.words().size());
        f[5] = shorter == 0 ? 0 : (double) longestCommonRun(a.words(), b.words()) / shorter;
        int longer = Math.max(a.words().size(), b.words().size());
        f[6] = longer == 0 ? 0 : (double) shorter / longer;
        Set<String> numbersA = numbers(a.figures());
        Set<String> numbersB = numbers(b.figures());
        boolean both = !numbersA.isEmpty() && !numbersB.isEmpty();
        f[7] = both && numbersA.equals(numbersB) ? 1 : 0;
        // One side adding a figure (a year, a date) is no conflict; stating a different one is.
        f[8] = both && !numbersA.containsAll(numbersB) && !numbersB.containsAll(numbersA) ? 1 : 0;
        f[9] = negations(a.terms()) % 2 != negations(b.terms()) % 2 ? 1 : 0;
        f[10] = jaccard(a.names(), b.names());
        f[11] = all ? jaccard(a.grams().keys(), b.grams().keys()) : 0;
        f[12] = f[0] * f[1];
        f[13] = Math.min(onlyA, onlyB);
        f[14] = Math.max(onlyA, onlyB);
        f[15] = all ? dice(a.grams().wordTrigrams(), b.grams().wordTrigrams()) : 0;
        f[16] = jaccard(a.grams().characters(), b.grams().characters());
        f[17] = f[0] * f[6];
        return f;
    }

    static Set<String> numbers(List<Figure> figures) {
        Set<String> values = new HashSet<>();
        for (Figure fig : figures) {
            values.add(fig.value());
        }
        return values;
    }

    private static int negations(List<Term> terms) {
        int n = 0;
        for (Term t : terms) {
            if (t.stem().equals("not")) {
                n++;
            }
        }
        return n;
    }


    private static double dice(HashedSet a, HashedSet b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * a.intersection(b) / (a.size() + b.size());
    }

    private static double jaccard(HashedSet a, HashedSet b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = a.intersection(b);
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = intersection(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }





    /** Length in words of the longest run both units share word for word (case and punctuation aside). */
    static int longestCommonRun(List<Word> a, List<Word> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = a.get(i - 1).key().equals(b.get(j - 1).key()) ? previous[j - 1] + 1 : 0;
                best = Math.max(best, current[j]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }
}
