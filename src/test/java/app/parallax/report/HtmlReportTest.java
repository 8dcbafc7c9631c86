package app.parallax.report;

import app.parallax.Seeds;
import app.parallax.compare.ComparisonEngine;
import app.parallax.model.Comparison;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Comparison C = new ComparisonEngine().compare(Seeds.article("000"), Seeds.article("004"));
    private static final Document PAGE = Jsoup.parse(new HtmlReport().render(C));

    @Test
    void everyCharacterOfBothArticlesIsOnThePage() {
        assertEquals(C.left().text(), PAGE.select("section .text").get(0).wholeText());
        assertEquals(C.right().text(), PAGE.select("section .text").get(1).wholeText());
    }

    @Test
    void theKremlinQuoteIsMarkedOnExactlyItsWords() {
        assertEquals("the US and NATO responses did not take into account Russia’s main concerns",
                PAGE.select("section").get(0).select("span.quote").first().text());
        assertTrue(PAGE.select("section").get(1).select("span.quote").eachText()
                .contains("The American and NATO responses didn't take into account Russia's fundamental concerns"));
    }

    @Test
    void boilerplateAndUniqueClaimsAreMarkedAndTheDiffIsListed() {
        assertTrue(PAGE.select("section").get(0).select("span.boilerplate").eachText()
                .contains("Follow us on Google News, Facebook and Twitter to stay informed."));
        assertTrue(PAGE.select("section").get(0).select("span.unique").size() > 0);
        assertEquals("main", PAGE.select("table del").eachText().stream().filter("main"::equals).findFirst().orElse(""));
        assertTrue(PAGE.select("table ins").eachText().contains("fundamental"));
    }
}
