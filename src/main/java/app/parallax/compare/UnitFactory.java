package app.parallax.compare;

import app.parallax.model.Span;
import app.parallax.text.Figure;
import app.parallax.text.Figures;
import app.parallax.text.Terms;
import app.parallax.text.Terms.Term;
import app.parallax.text.Word;
import app.parallax.text.WordTokenizer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Prepares spans of a text for comparison (everything but the embedding, which is done in batches). */
final class UnitFactory {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final Terms terms = new Terms();
    private final Figures figures = new Figures();

    Unit unit(String text, Span span) {
        List<Word> words = tokenizer.words(text, span.start(), span.end());
        List<Term> termList = terms.terms(words);
        Set<String> termSet = new HashSet<>();
        termList.forEach(t -> termSet.add(t.stem()));
        List<Figure> figureList = figures.find(text, span);
        Set<String> names = new LinkedHashSet<>();
        for (Term t : termList) {
            Word w = words.get(t.word());
            if (t.word() > 0 && Character.isUpperCase(w.surface().charAt(0))) {
                names.add(t.stem());
            }
        }
        return new Unit(span, words, termList, termSet, figureList, names, grams(words, termList, span.text()),
                new float[0]);
    }

    private static Unit.Grams grams(List<Word> words, List<Term> terms, String text) {
        Set<String> keys = new HashSet<>();
        words.forEach(w -> keys.add(w.key()));
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            bigrams.add(terms.get(i).stem() + " " + terms.get(i + 1).stem());
        }
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            trigrams.add(words.get(i).key() + " " + words.get(i + 1).key() + " " + words.get(i + 2).key());
        }
        // Character 4-grams of the lower-cased text, runs of non-letters folded to one space.
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        Set<String> characters = new HashSet<>();
        for (int i = 0; i + 4 <= folded.length(); i++) {
            characters.add(folded.substring(i, i + 4));
        }
        return new Unit.Grams(HashedSet.of(keys), HashedSet.of(bigrams), HashedSet.of(trigrams), HashedSet.of(characters));
    }

    /** A unit of a standalone sentence (the paraphrase benchmark's pairs). */
    Unit unit(String sentence) {
        return unit(sentence, Span.of(sentence, 0, sentence.length()));
    }
}
