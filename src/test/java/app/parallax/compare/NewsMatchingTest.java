package app.parallax.compare;

import app.parallax.library.ArticleLoadException;
import app.parallax.library.ArticleReader;
import app.parallax.model.Article;
import app.parallax.model.ArticleMetadata;
import app.parallax.model.ClaimMatch;
import app.parallax.model.Comparison;
import app.parallax.model.Conflict;
import app.parallax.model.QuoteMatch;
import app.parallax.model.RelatedPair;
import app.parallax.model.Span;
import app.parallax.text.QuoteFinder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Concrete matches on annotated news (dev-gold triplets 0008 and 0013, and 0007, copied to the test
 * resources): each assertion is a pair the gold annotators made, or a decision the gold makes clear.
 */
class NewsMatchingTest {

    private static final ComparisonEngine ENGINE = new ComparisonEngine();

    private static Article news(String cluster, String file) {
        try {
            return new ArticleReader().read(Path.of("src/test/resources/news/cluster-" + cluster, file));
        } catch (ArticleLoadException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aQuoteOpenedCurlyAndClosedStraightIsFound() {
        Article hpo = news("0013", "03-hpo.txt");
        List<String> quotes = new QuoteFinder().quotes(hpo.text()).stream().map(q -> q.words().text()).toList();
        assertTrue(quotes.contains("We can’t put this off any longer"), quotes::toString);
        assertTrue(quotes.stream().noneMatch(q -> q.startsWith("We can’t put this off any longer\" ")), quotes::toString);
    }

    @Test
    void aOneWordQuoteBothOutletsQuoteIsOneQuote() {
        Comparison c = ENGINE.compare(news("0008", "02-fox.txt"), news("0008", "03-hpo.txt"));
        QuoteMatch jackass = c.quotes().stream().filter(q -> q.left().text().equals("jackass")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'jackass' among " + c.quotes()));
        assertEquals("jackass", jackass.right().text());
        assertEquals(c.left().text().indexOf("jackass"), jackass.left().start());
        assertEquals(1.0, jackass.similarity());
    }

    @Test
    void aQuotedFragmentMatchesTheWholeQuote() {
        Comparison c = ENGINE.compare(news("0008", "02-fox.txt"), news("0008", "03-hpo.txt"));
        assertTrue(c.quotes().stream().anyMatch(q -> q.left().text().equals("You know I'm not going to talk about this anymore")
                && q.right().text().equals("not going to talk about this anymore")), c.quotes()::toString);
    }

    @Test
    void aQuotedTitleIsNotAQuote() {
        // 0007: both outlets name NBC's "Today" show; a title in quote marks is not a statement.
        Comparison c = ENGINE.compare(news("0007", "01-nyt.txt"), news("0007", "02-fox.txt"));
        assertTrue(c.quotes().stream().noneMatch(q -> q.left().text().equals("Today")), c.quotes()::toString);
    }

    @Test
    void aParaphrasedClaimIsShared() {
        Comparison c = ENGINE.compare(news("0008", "02-fox.txt"), news("0008", "03-hpo.txt"));
        ClaimMatch hacked = c.claims().stream()
                .filter(m -> m.left().text().startsWith("Weiner's office initially said the congressman's account was"))
                .findFirst().orElseThrow(() -> new AssertionError("no 'hacked' claim among " + c.claims()));
        assertEquals("Weiner's spokesman said that the congressman's Twitter account had been hacked and dismissed the "
                + "episode as a prank,", hacked.right().text());
        assertTrue(hacked.similarity() >= ENGINE.defaultMinSimilarity());
        assertTrue(hacked.sharedWords().contains("hacked"), hacked.sharedWords()::toString);
    }

    @Test
    void theFirstReportIsOneSharedClaimAndTheSentenceAfterItKeepsItAsItsClosest() {
        Comparison c = ENGINE.compare(news("0008", "02-fox.txt"), news("0008", "03-hpo.txt"));
        String breitbart = "Breitbart's BigGovernment.com first reported that it was tweeted to a Seattle woman, later "
                + "identified as Gennette Cordova.";
        ClaimMatch report = c.claims().stream().filter(m -> m.left().text().equals(breitbart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim for the first report among " + c.claims()));
        assertEquals("The tweet of the lewd photo first was reported Saturday by BigGovernment.com, a website run by "
                + "conservative commentator Andrew Breitbart.", report.right().text());
        assertEquals(List.of("Breitbart's", "BigGovernment.com", "first", "reported", "tweeted"), report.sharedWords());
        // HuffPost's next sentence restates where the photo went; its closest passage on Fox is the same report.
        String site = "The site said the photo was tweeted to a female college student in Seattle.";
        Span siteSpan = c.unique().right().stream().filter(s -> s.text().equals(site)).findFirst().orElseThrow();
        assertEquals(breitbart, c.nearest(app.parallax.model.Side.RIGHT, siteSpan).orElseThrow().counterpart().text());
    }

    @Test
    void aDenialIsAContradictionNotAnAgreement() {
        // 0007 (NYT): "Mr. Obama has shown a certificate of live birth"; the denial as Trump put it on Fox.
        Article shown = article("Mr. Obama has shown a certificate of live birth from Hawaii, which is the standard form.");
        Article denied = article("Mr. Obama has not shown a certificate of live birth from Hawaii, which is the standard form.");
        Comparison c = ENGINE.compare(shown, denied);
        ClaimMatch claim = c.claims().stream().findFirst().orElseThrow(() -> new AssertionError("no claim: " + c));
        Conflict conflict = claim.conflict().orElseThrow(() -> new AssertionError("no conflict on " + claim));
        assertEquals(Conflict.Kind.NEGATION, conflict.kind());
        assertEquals(shown.text(), conflict.left().text());
    }

    @Test
    void aParaphraseWithoutTheSameWordsIsNoContradiction() {
        Article ignored = article("Putin said the United States ignored Russia's key security demands.");
        Article notTaken = article("Putin said the United States did not take Russia's main security concerns into account.");
        Comparison c = ENGINE.compare(ignored, notTaken);
        assertTrue(c.claims().stream().allMatch(m -> m.conflict().map(k -> k.kind() != Conflict.Kind.NEGATION).orElse(true)),
                c.claims()::toString);
    }

    @Test
    void strictnessMovesTheBarWithoutChangingTheScores() {
        Article fox = news("0008", "02-fox.txt");
        Article hpo = news("0008", "03-hpo.txt");
        Comparison normal = ENGINE.compare(fox, hpo);
        Comparison strict = ENGINE.compare(fox, hpo, 0.9);
        Comparison loose = ENGINE.compare(fox, hpo, 0.3);
        assertTrue(strict.claims().size() < normal.claims().size(), strict.claims().size() + " vs " + normal.claims().size());
        assertTrue(loose.claims().size() > normal.claims().size(), loose.claims().size() + " vs " + normal.claims().size());
        assertTrue(strict.claims().stream().allMatch(m -> m.similarity() >= 0.9));
        assertTrue(loose.claims().stream().allMatch(m -> m.similarity() >= 0.3));
        for (ClaimMatch m : strict.claims()) {
            assertTrue(normal.claims().stream().anyMatch(n -> n.left().equals(m.left()) && n.right().equals(m.right())
                    && n.similarity() == m.similarity()), () -> "strict claim not in the default set: " + m);
        }
    }

    @Test
    void anArticleComparedWithItselfMatchesEverySentenceFully() {
        Article fox = news("0008", "02-fox.txt");
        Comparison c = ENGINE.compare(fox, fox);
        assertTrue(c.claims().size() > 10, c.claims()::toString);
        assertTrue(c.claims().stream().allMatch(m -> m.similarity() == 1.0 && m.left().equals(m.right())), c.claims()::toString);
        assertEquals(List.of(), c.unique().left());
    }

    private static Article article(String text) {
        return new Article(Path.of("synthetic-" + text.hashCode() + ".txt"), text,
                new ArticleMetadata("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
