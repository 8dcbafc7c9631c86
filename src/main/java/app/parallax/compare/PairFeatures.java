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
 * "fundamental" concerns; {@link SimilarityModel} weighs them together.
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
        double[] f = new double[NAMES.length];
        double cosine = SentenceEmbedder.cosine(a.embedding(), b.embedding());
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
        f[4] = bigramDice(a.terms(), b.terms());
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
        f[11] = jaccard(keys(a.words()), keys(b.words()));
        f[12] = f[0] * f[1];
        f[13] = Math.min(onlyA, onlyB);
        f[14] = Math.max(onlyA, onlyB);
        f[15] = wordTrigramDice(a.words(), b.words());
        f[16] = jaccard(characterGrams(a.text()), characterGrams(b.text()));
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

    private static Set<String> keys(List<Word> words) {
        Set<String> keys = new HashSet<>();
        words.forEach(w -> keys.add(w.key()));
        return keys;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static double bigramDice(List<Term> a, List<Term> b) {
        Set<String> ba = bigrams(a);
        Set<String> bb = bigrams(b);
        if (ba.isEmpty() || bb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : ba) {
            if (bb.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (ba.size() + bb.size());
    }

    private static double wordTrigramDice(List<Word> a, List<Word> b) {
        Set<String> ta = new HashSet<>();
        Set<String> tb = new HashSet<>();
        for (int i = 0; i + 2 < a.size(); i++) {
            ta.add(a.get(i).key() + " " + a.get(i + 1).key() + " " + a.get(i + 2).key());
        }
        for (int i = 0; i + 2 < b.size(); i++) {
            tb.add(b.get(i).key() + " " + b.get(i + 1).key() + " " + b.get(i + 2).key());
        }
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String s : ta) {
            if (tb.contains(s)) {
                shared++;
            }
        }
        return 2.0 * shared / (ta.size() + tb.size());
    }

    /** Character 4-grams of the lower-cased text with runs of non-letters folded to one space. */
    private static Set<String> characterGrams(String text) {
        String folded = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= folded.length(); i++) {
            grams.add(folded.substring(i, i + 4));
        }
        return grams;
    }

    private static Set<String> bigrams(List<Term> terms) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            grams.add(terms.get(i).stem() + " " + terms.get(i + 1).stem());
        }
        return grams;
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
