package app.parallax.compare;

import app.parallax.model.SharedPhrase;
import app.parallax.text.WordTokenizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedPhrasesTest {

    private static List<SharedPhrase> find(String a, String b) {
        WordTokenizer t = new WordTokenizer();
        return new SharedPhrases().find(a, t.words(a), b, t.words(b));
    }

    @Test
    void longestRunIgnoringCaseAndPunctuation() {
        String a = "He said that no one should strengthen their security, at the expense of others.";
        String b = "Those principles stipulate That no one should strengthen their security at the expense of other countries.";
        List<SharedPhrase> phrases = find(a, b);
        assertEquals(1, phrases.size());
        assertEquals("that no one should strengthen their security, at the expense of", phrases.get(0).left().text());
        assertEquals("That no one should strengthen their security at the expense of", phrases.get(0).right().text());
        assertEquals(11, phrases.get(0).words());
    }

    @Test
    void fourWordsAreNotAPhraseAndLinesBreakRuns() {
        assertEquals(List.of(), find("the key question was", "the key question was"));
        assertEquals(List.of(), find("one two three\nfour five six", "one two three four five six"));
    }
}
