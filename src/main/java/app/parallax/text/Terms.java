package app.parallax.text;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns words into the terms claims are compared by: stems of content words, with contractions opened
 * ("didn't" gives "not"), possessives dropped and the many names of one thing made one ("the US", "the
 * United States", "American", "Washington"). Outlets paraphrase the same readout; this is what lets "did
 * not take into account Russia's main concerns" meet "didn't take into account Russia's concerns".
 */
public final class Terms {

    /** A term and the index of the word it came from. */
    public record Term(String stem, int word) {
    }

    private static final Set<String> STOP = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "had",
            "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "of", "on", "or",
            "our", "she", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "to", "was", "we", "were", "which", "who", "whom", "will", "with",
            "would", "you", "your", "do", "does", "did", "also", "can", "could", "should", "may", "might",
            "said", "say", "says", "told", "about", "after", "before", "over", "up", "out", "what", "when",
            "where", "how", "all", "any", "some", "more", "most", "other", "own", "same", "very", "just",
            "s", "t", "mr", "mrs", "ms", "him", "my", "me", "one", "while", "during");

    /** Single words that name the same thing in news text; multi-word names are joined first. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("u.s", "usa"), Map.entry("u.s.", "usa"), Map.entry("us", "usa"),
            Map.entry("usa", "usa"), Map.entry("america", "usa"), Map.entry("american", "usa"),
            Map.entry("americans", "usa"), Map.entry("washington", "usa"), Map.entry("united states", "usa"),
            Map.entry("u.k", "uk"), Map.entry("u.k.", "uk"), Map.entry("britain", "uk"),
            Map.entry("british", "uk"), Map.entry("united kingdom", "uk"),
            Map.entry("russian", "russia"), Map.entry("russians", "russia"), Map.entry("moscow", "russia"),
            Map.entry("kremlin", "russia"), Map.entry("ukrainian", "ukraine"), Map.entry("kiev", "ukraine"),
            Map.entry("kyiv", "ukraine"), Map.entry("french", "france"), Map.entry("paris", "france"),
            Map.entry("north atlantic treaty organization", "nato"), Map.entry("atlantic alliance", "nato"),
            Map.entry("soldiers", "troop"), Map.entry("soldier", "troop"), Map.entry("troops", "troop"),
            Map.entry("fundamental", "main"), Map.entry("key", "main"), Map.entry("prime", "main"),
            Map.entry("principal", "main"), Map.entry("primary", "main"), Map.entry("core", "main"),
            Map.entry("percent", "%"), Map.entry("per cent", "%"));

    private static final Set<String> TWO_WORD_NAMES = Set.of(
            "united states", "united kingdom", "atlantic alliance", "per cent");

    private final ThreadLocal<EnglishStemmer> stemmer = ThreadLocal.withInitial(EnglishStemmer::new);

    public List<Term> terms(List<Word> words) {
        List<Term> terms = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String key = words.get(i).key();
            if (i + 1 < words.size()) {
                String pair = key + " " + words.get(i + 1).key();
                if (TWO_WORD_NAMES.contains(pair)) {
                    terms.add(new Term(ALIASES.get(pair), i));
                    i++;
                    continue;
                }
            }
            if (i + 3 < words.size() && key.equals("north")
                    && words.get(i + 3).key().equals("organization")) {
                terms.add(new Term("nato", i));
                i += 3;
                continue;
            }
            if (key.equals("us") && !words.get(i).surface().equals("US")) {
                continue; // the pronoun, not the country
            }
            addTerms(key, i, terms);
        }
        return terms;
    }

    private void addTerms(String key, int word, List<Term> terms) {
        if (key.endsWith("n't")) {
            String head = key.substring(0, key.length() - 3);
            if (!STOP.contains(head) && !head.equals("ca") && !head.equals("wo")) {
                terms.add(new Term(stem(head), word));
            }
            terms.add(new Term("not", word));
            return;
        }
        String bare = stripPossessive(key);
        String alias = ALIASES.get(bare);
        if (alias != null) {
            terms.add(new Term(alias, word));
        } else if (bare.equals("not") || bare.equals("no") || bare.equals("never")) {
            terms.add(new Term("not", word));
        } else if (!STOP.contains(bare) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(bare)
                && !bare.isEmpty()) {
            terms.add(new Term(Character.isDigit(bare.charAt(0)) ? bare : stem(bare), word));
        }
    }

    private static String stripPossessive(String key) {
        if (key.endsWith("'s")) {
            return key.substring(0, key.length() - 2);
        }
        if (key.endsWith("'")) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    public String stem(String word) {
        EnglishStemmer s = stemmer.get();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
