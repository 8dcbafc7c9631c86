package app.parallax.ui.pair;

import app.parallax.model.Comparison;
import app.parallax.model.PerSide;
import app.parallax.model.Side;
import app.parallax.model.Span;
import app.parallax.text.Sentences;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleBiFunction;

/**
 * Finds, for every passage only one article has, the sentence of the other article the engine scores most
 * similar. The comparison says only that no counterpart scored high enough; the reader shows the best one
 * anyway, so that a student can see how far the nearest wording is. Slow (one score per sentence pair):
 * run it off the FX thread.
 */
final class ClosestPassages {

    private static final int SCORED = 4;

    private final ToDoubleBiFunction<String, String> similarity;
    private final Sentences sentences = new Sentences();

    ClosestPassages(ToDoubleBiFunction<String, String> similarity) {
        this.similarity = similarity;
    }

    PerSide<Map<Span, ClosestPassage>> of(Comparison c) {
        return new PerSide<>(closest(c, Side.LEFT), closest(c, Side.RIGHT));
    }

    private Map<Span, ClosestPassage> closest(Comparison c, Side side) {
        Side other = side == Side.LEFT ? Side.RIGHT : Side.LEFT;
        List<Span> candidates = candidates(c, other);
        Map<Span, ClosestPassage> found = new HashMap<>();
        for (Span unique : c.unique().get(side)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("closest passages");
            }
            best(unique, candidates).ifPresent(b -> found.put(unique, b));
        }
        return found;
    }

    /** The other article's sentences, boilerplate left out. */
    private List<Span> candidates(Comparison c, Side side) {
        List<Span> boilerplate = c.boilerplate().get(side);
        return sentences.sentences(c.article(side).text()).stream()
                .filter(s -> boilerplate.stream().noneMatch(b -> b.contains(s)))
                .toList();
    }

    /**
     * The engine scores only the few sentences sharing the most words with the passage (a full scoring of
     * every pair cost seconds per comparison); a sentence sharing no word is rarely the closest anyway.
     */
    private Optional<ClosestPassage> best(Span unique, List<Span> candidates) {
        java.util.Set<String> words = words(unique.text());
        List<Span> likely = candidates.stream()
                .sorted(java.util.Comparator.comparingLong((Span c) -> -words(c.text()).stream().filter(words::contains).count())
                        .thenComparingInt(Span::start))
                .limit(SCORED)
                .toList();
        ClosestPassage best = null;
        for (Span candidate : likely) {
            double score = similarity.applyAsDouble(unique.text(), candidate.text());
            if (best == null || score > best.similarity()) {
                best = new ClosestPassage(candidate, score);
            }
        }
        return Optional.ofNullable(best);
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                words.add(w);
            }
        }
        return words;
    }
}
