package app.parallax.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandaloneSimilarityTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine();

    @Test
    void paraphrasesScoreAboveUnrelatedSentences() {
        double same = ENGINE.similarity("The responses of the United States and NATO did not take into account the fundamental concerns of Russia.",
                "The American and NATO responses didn't take into account Russia's fundamental concerns.");
        double unrelated = ENGINE.similarity("Russia annexed Crimea in 2014.",
                "Follow us on Google News, Facebook and Twitter to stay informed.");
        assertTrue(ENGINE.isSameClaim(same), "same " + same);
        assertFalse(ENGINE.isSameClaim(unrelated), "unrelated " + unrelated);
    }

    @Test
    void aDifferentFigureLowersTheScore() {
        String base = "Moscow has amassed some 100,000 troops close to the border with Ukraine.";
        double same = ENGINE.similarity(base, "Moscow has amassed some 100,000 troops near the border with Ukraine.");
        double other = ENGINE.similarity(base, "Moscow has amassed some 100 troops near the border with Ukraine.");
        assertTrue(other < same, same + " vs " + other);
    }
}
