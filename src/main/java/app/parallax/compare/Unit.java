package app.parallax.compare;

import app.parallax.model.Span;
import app.parallax.text.Figure;
import app.parallax.text.Terms.Term;
import app.parallax.text.Word;

import java.util.List;
import java.util.Set;

/**
 * A sentence, clause or quote made ready for comparison: its words, its terms (stems of content words),
 * its figures, the names it mentions and its embedding.
 */
record Unit(Span span, List<Word> words, List<Term> terms, Set<String> termSet, List<Figure> figures,
            Set<String> names, Grams grams, float[] embedding) {

    /** Sets every pairing of this unit needs, computed once rather than once per pair. */
    record Grams(HashedSet keys, HashedSet termBigrams, HashedSet wordTrigrams, HashedSet characters) {
    }

    Unit withEmbedding(float[] vector) {
        return new Unit(span, words, terms, termSet, figures, names, grams, vector);
    }

    String text() {
        return span.text();
    }
}
