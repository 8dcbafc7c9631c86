package app.parallax.compare;

import app.parallax.model.DiffChunk;
import app.parallax.model.QuoteMatch;
import app.parallax.model.Span;
import app.parallax.text.Terms.Term;
import app.parallax.text.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs the quotes of two articles that render one statement, however each outlet words it: each pair is
 * scored on the statement both render (an outlet's own framing around it left out) and aligned word by word.
 */
final class QuoteAligner {

    /** A scored pairing of quote {@code left} of one article with quote {@code right} of the other. */
    record Candidate(int left, int right, QuoteMatch match, Unit leftCore, Unit rightCore) {
    }

    /** Quotes less alike than this in meaning are not worth aligning word by word. */
    static final double MIN_COSINE = 0.75;
    /** A quote's unmatched head or tail this long is left out of the match (the outlet's own framing). */
    private static final int TRIM_MIN_WORDS = 4;
    /**
     * A statement both quote is at least this long, unless both quote exactly the same words: "the Gorsuch"
     * against "Gorsuch" is a name, while "very close" quoted by both is the speaker's phrase.
     */
    static final int MIN_CORE_WORDS = 4;
    private static final int MIN_FRAGMENT_TERMS = 2;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "its", "their");

    private final UnitFactory units;
    private final SentenceEmbedder embedder;
    private final ToDoubleBiFunction<Unit, Unit> similarity;

    QuoteAligner(UnitFactory units, SentenceEmbedder embedder, ToDoubleBiFunction<Unit, Unit> similarity) {
        this.units = units;
        this.embedder = embedder;
        this.similarity = similarity;
    }

    /** Every pairing worth a look, scored; the caller keeps the best ones. */
    List<Candidate> candidates(ArticleAnalysis a, ArticleAnalysis b) {
        List<Candidate> candidates = new ArrayList<>();
        List<Cores> toScore = new ArrayList<>();
        String[] foldedA = a.quotes.stream().map(q -> folded(q.unit().words())).toArray(String[]::new);
        String[] foldedB = b.quotes.stream().map(q -> folded(q.unit().words())).toArray(String[]::new);
        for (int i = 0; i < a.quotes.size(); i++) {
            Cancellation.check();
            for (int j = 0; j < b.quotes.size(); j++) {
                ArticleAnalysis.QuoteUnit qa = a.quotes.get(i);
                ArticleAnalysis.QuoteUnit qb = b.quotes.get(j);
                if (oneQuotesTheOther(qa.unit(), foldedA[i], qb.unit(), foldedB[j])) {
                    candidates.add(new Candidate(i, j, verbatim(a.article.text(), qa, b.article.text(), qb),
                            qa.unit(), qb.unit()));
                    continue;
                }
                boolean shortQuote = qa.unit().words().size() < MIN_CORE_WORDS || qb.unit().words().size() < MIN_CORE_WORDS;
                if (shortQuote) {
                    continue;
                }
                if (SentenceEmbedder.cosine(qa.unit().embedding(), qb.unit().embedding()) < MIN_COSINE) {
                    continue;
                }
                Cores c = cores(i, j, a.article.text(), qa, b.article.text(), qb);
                if (wordCount(c.leftSpan()) >= MIN_CORE_WORDS && wordCount(c.rightSpan()) >= MIN_CORE_WORDS) {
                    toScore.add(c);
                }
            }
        }
        // Trimmed cores are new texts: embedded together, in batches, rather than one model call each.
        List<String> texts = new ArrayList<>();
        for (Cores c : toScore) {
            texts.add(c.leftSpan().text());
            texts.add(c.rightSpan().text());
        }
        List<float[]> vectors = embedder.embedAll(texts);
        for (int k = 0; k < toScore.size(); k++) {
            candidates.add(scored(toScore.get(k), vectors.get(2 * k), vectors.get(2 * k + 1)));
        }
        return candidates;
    }

    /** The pairs at or above {@code threshold} that are the best of at least one of their two quotes. */
    List<QuoteMatch> align(ArticleAnalysis a, ArticleAnalysis b, double threshold) {
        List<Candidate> candidates = candidates(a, b);
        Scores.Builder p = new Scores.Builder(a.quotes.size(), b.quotes.size());
        java.util.Map<List<Integer>, QuoteMatch> byPair = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            p.put(c.left(), c.right(), c.match().similarity());
            byPair.put(List.of(c.left(), c.right()), c.match());
        }
        List<QuoteMatch> matches = new ArrayList<>();
        for (int[] pair : BestPairs.of(p.build(), threshold)) {
            matches.add(byPair.get(List.of(pair[0], pair[1])));
        }
        return matches;
    }

    /**
     * The same words, or one quote's words running word for word inside the other's: "nothing improper"
     * against "I can assure the public that nothing improper took place" is one outlet quoting a fragment
     * of the statement the other quotes whole. Hyphens and case aside ("1-in-3 chance", "1 In 3 Chance").
     * A fragment needs two content words: a lone "prank" or "in Vietnam" inside a long quote is as often
     * the outlet's scare quote as the speaker's phrase (dev gold: 5 of 8 such pairs were not one quote).
     */
    static boolean oneQuotesTheOther(Unit a, Unit b) {
        return oneQuotesTheOther(a, folded(a.words()), b, folded(b.words()));
    }

    /** The same, with each quote's words already folded (case, hyphens and punctuation aside). */
    private static boolean oneQuotesTheOther(Unit a, String x, Unit b, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            // One capitalised word in quote marks is a title or a name ("Today" show), not a statement.
            return a.words().size() > 1 || Character.isLowerCase(a.words().get(0).surface().charAt(0));
        }
        boolean aShorter = x.length() <= y.length();
        Unit fragment = aShorter ? a : b;
        return fragment.termSet().size() >= MIN_FRAGMENT_TERMS
                && (" " + (aShorter ? y : x) + " ").contains(" " + (aShorter ? x : y) + " ");
    }

    private static String folded(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            for (String part : w.key().split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(part);
                }
            }
        }
        return sb.toString();
    }

    private QuoteMatch verbatim(String leftText, ArticleAnalysis.QuoteUnit qa, String rightText,
                               ArticleAnalysis.QuoteUnit qb) {
        List<Word> left = qa.unit().words();
        List<Word> right = qb.unit().words();
        return new QuoteMatch(qa.unit().span(), qb.unit().span(), 1.0,
                WordDiff.chunks(leftText, left, rightText, right, WordDiff.steps(left, right)),
                qa.quote().speaker(), qb.quote().speaker(), SharedWords.of(qa.unit(), qb.unit()));
    }

    /** The statement two quotes both render, found before it is scored. */
    private record Cores(int left, int right, String leftText, ArticleAnalysis.QuoteUnit qa, Span leftSpan,
                         List<Word> leftWords, String rightText, ArticleAnalysis.QuoteUnit qb, Span rightSpan,
                         List<Word> rightWords) {
    }

    /**
     * Two quotes aligned word by word. A long head or tail that only one side quotes (the outlet's own
     * framing: "Attention was drawn to the fact that …") is left out, and the statement both render is
     * scored on its own.
     */
    private static Cores cores(int i, int j, String leftText, ArticleAnalysis.QuoteUnit qa, String rightText,
                               ArticleAnalysis.QuoteUnit qb) {
        int[] leftCore = coreRange(qa.unit(), qb.unit().termSet());
        int[] rightCore = coreRange(qb.unit(), qa.unit().termSet());
        List<Word> leftWords = qa.unit().words().subList(leftCore[0], leftCore[1]);
        List<Word> rightWords = qb.unit().words().subList(rightCore[0], rightCore[1]);
        Span leftSpan = Span.of(leftText, leftWords.get(0).start(), leftWords.get(leftWords.size() - 1).end());
        Span rightSpan = Span.of(rightText, rightWords.get(0).start(), rightWords.get(rightWords.size() - 1).end());
        return new Cores(i, j, leftText, qa, leftSpan, leftWords, rightText, qb, rightSpan, rightWords);
    }

    private Candidate scored(Cores c, float[] leftVector, float[] rightVector) {
        Unit leftUnit = core(c.leftText(), c.qa().unit(), c.leftSpan(), leftVector);
        Unit rightUnit = core(c.rightText(), c.qb().unit(), c.rightSpan(), rightVector);
        List<DiffChunk> diff = WordDiff.chunks(c.leftText(), c.leftWords(), c.rightText(), c.rightWords(),
                WordDiff.steps(c.leftWords(), c.rightWords()));
        return new Candidate(c.left(), c.right(), new QuoteMatch(c.leftSpan(), c.rightSpan(),
                similarity.applyAsDouble(leftUnit, rightUnit), diff, c.qa().quote().speaker(), c.qb().quote().speaker(),
                SharedWords.of(leftUnit, rightUnit)), leftUnit, rightUnit);
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

    private Unit core(String text, Unit whole, Span core, float[] vector) {
        return core.equals(whole.span()) ? whole : units.unit(text, core).withEmbedding(vector);
    }

    private static int wordCount(Span span) {
        return span.text().strip().split("\\s+").length;
    }
}
