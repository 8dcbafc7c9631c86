package app.parallax.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> words(String text) {
        return finder.quotes(text).stream().map(q -> q.words().text()).toList();
    }

    @Test
    void curlyStraightAndGuillemetQuotes() {
        assertEquals(List.of("They deceived us", "carefully study", "déjà vu all over"),
                words("“They deceived us,” Putin claimed. He will \"carefully study\" it. «déjà vu all over»"));
    }

    @Test
    void apostrophesAreNotQuoteMarks() {
        assertEquals(List.of("didn’t heed"), words("Ukrainian crisis | West ‘didn’t heed’ Russian concerns, Putin says"));
        assertEquals(List.of("US & NATO didn't address Russia's prime concerns"),
                words("Putin says 'US & NATO didn't address Russia's prime concerns'"));
        assertEquals(List.of(), words("The Russians’ demands and Russia’s borders, the leaders' call."));
    }

    @Test
    void aQuoteOpenedCurlyMayCloseStraight() {
        // news-clusters 0013, HuffPost: web copy mixes “ with a straight closing mark.
        String text = "\"This is our first task as a society: keeping our children safe. This is how we will be judged,\" "
                + "Obama said. “We can’t put this off any longer.\" He added more.";
        assertEquals(List.of("This is our first task as a society: keeping our children safe. This is how we will be judged",
                "We can’t put this off any longer"), words(text));
    }

    @Test
    void aStraightMarkInsideAWordDoesNotCloseACurlyQuote() {
        assertEquals(List.of("a 6\"2 man, he said"), words("“a 6\"2 man, he said” and more"));
    }

    @Test
    void shortQuotesAreFound() {
        // news-clusters 0008: both outlets quote Weiner's one word.
        assertEquals(List.of("jackass"), words("Weiner called a producer a \"jackass\" after the briefing."));
    }

    @Test
    void aQuoteContinuedInTheNextParagraphRunsToTheParagraphEnd() {
        String text = "“We will not stand by while our children are at risk. We will act, and we will act now.\n"
                + "“Congress must pass this,” he said.";
        assertEquals(List.of("We will not stand by while our children are at risk. We will act, and we will act now",
                "Congress must pass this"), words(text));
    }

    @Test
    void anOpenMarkBeforeAFewWordsIsNotARunningQuote() {
        assertEquals(List.of(), words("The so-called “peace plan\nwas rejected."));
    }

    @Test
    void dashIntroducedSpeechIsAQuote() {
        // Seed 003 (NRK), Norwegian style: a paragraph of speech opened by a dash, the attribution after it.
        String text = "– I hope the dialogue will continue and I want to find a solution that works for everyone, "
                + "said the president.";
        List<Quote> quotes = finder.quotes(text);
        assertEquals(List.of("I hope the dialogue will continue and I want to find a solution that works for everyone"),
                quotes.stream().map(q -> q.words().text()).toList());
        assertEquals(Optional.of("the president"), quotes.get(0).speaker());
    }

    @Test
    void aQuoteMaySpanSentences() {
        assertEquals(List.of("Coffee trailblazer. Certified pop culture lover"),
                words("\"Coffee trailblazer. Certified pop culture lover.\""));
    }

    @Test
    void speakersFromTheAttribution() {
        assertEquals(Optional.of("the Kremlin"), finder.quotes("“Attention was drawn to it,” the Kremlin said of the call.").get(0).speaker());
        assertEquals(Optional.of("the Russian presidency"), finder.quotes("“It was ignored,” the Russian presidency continued.").get(0).speaker());
        assertEquals(Optional.of("Putin"), finder.quotes("“They deceived us,” Putin claimed.").get(0).speaker());
        assertEquals(Optional.of("the president"), finder.quotes("“I hope so,” said the president.").get(0).speaker());
        assertEquals(Optional.of("the Kremlin"), finder.quotes("According to the Kremlin, Russia will “determine its future reaction” later.").get(0).speaker());
        assertEquals(Optional.empty(), finder.quotes("\"The responses didn't take it into account,\" it said.").get(0).speaker());
    }

    @Test
    void offsetsExcludeTheMarksAndTrailingComma() {
        String text = "He said: “It was ignored,” and left.";
        var q = finder.quotes(text).get(0).words();
        assertEquals("It was ignored", text.substring(q.start(), q.end()));
    }
}
