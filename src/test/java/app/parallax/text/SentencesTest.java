package app.parallax.text;

import app.parallax.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentencesTest {

    private final Sentences sentences = new Sentences();

    private List<String> of(String text) {
        return sentences.sentences(text).stream().map(Span::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Mr. Putin met Mr. Macron at 8 a.m. on Friday.", "The U.S. Senate was told."),
                of("Mr. Putin met Mr. Macron at 8 a.m. on Friday. The U.S. Senate was told."));
    }

    @Test
    void lineBreaksSeparateHeadlinesAndTimestamps() {
        assertEquals(List.of("Ukrainian crisis | West ‘didn’t heed’ Russian concerns, Putin says", "Posted at 7:06",
                "Updated at 8:46 a.m.", "Russia denies it."),
                of("Ukrainian crisis | West ‘didn’t heed’ Russian concerns, Putin says\n\nPosted at 7:06\nUpdated at 8:46 a.m.\n\nRussia denies it."));
    }

    @Test
    void aQuoteEndingASentenceStaysWithIt() {
        assertEquals(List.of("“They deceived us,” Putin claimed.", "He stressed it."),
                of("“They deceived us,” Putin claimed. He stressed it."));
        assertEquals(List.of("It seeks assurances on NATO.", "“The key question was ignored,” the Kremlin said."),
                of("It seeks assurances on NATO. “The key question was ignored,” the Kremlin said."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.  Second one.\n\n Third";
        for (Span s : sentences.sentences(text)) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
        assertEquals(List.of("First one.", "Second one.", "Third"), of(text));
    }

    @Test
    void longSentencesSplitIntoClauses() {
        String text = "More than 100,000 Russian soldiers have been massed on the border, according to estimates by "
                + "Westerners who fear an invasion.";
        Span sentence = sentences.sentences(text).get(0);
        assertEquals(List.of("More than 100,000 Russian soldiers have been massed on the border,",
                "according to estimates by Westerners who fear an invasion."),
                sentences.clauses(text, sentence, 6).stream().map(Span::text).toList());
    }
}
